package fugong.jobs;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.run.RunIds;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The hand world of the electricity cross-check (DOMAIN.md §6.3), shared by {@link PowerTablesTest}
 * and {@link PowerCrossCheckTest}: 3 counties, 2 leaders (曹德中 supervises 冀州区 and 枣强县), 7
 * enterprises, 02-28 (Fri) … 03-02 (Mon), the weekend included. The submissions are ingested from
 * real files; the meter readings and baselines are written straight into the lake (their ingest is
 * another stage) and the metrics recomputed.
 *
 * <pre>
 * registry   county  industry scale normal output  baseline kWh
 *   A 桃城区 131102  C34     规上      50          1000
 *   B 桃城区 131102  C17     规下      10           200
 *   C 桃城区 131102  C26     规上     120          (none)
 *   D 冀州区 131103  C14     规下       5             0 (not usable)
 *   G 冀州区 131103  C34     规上     100           500
 *   E 枣强县 131121  C34     规上      20           300
 *   F 枣强县 131121  C17     规下       4           400
 *
 * reports (output 万元) and readings (kWh)
 *        02-28 Fri            02-29 Sat                 03-01 Sun            03-02 Mon
 *   A  40  / 600          25 / 299.999999 (just     30 / 250             35 / 300 (exactly 30 %;
 *                         below 30 %)                                     0.7 − 0.3 = 0.40 exactly)
 *   B  否 / 100           — carried 否 / 60 (30 %)   9 / 20               5 / 10
 *   C  100 / 500          100 / 500                 100 / 500            100 / 500
 *   D  否 / 50            否 / —                    否 / —               否 / —
 *   G  100 / 500          — carried 是 / 100        20 / 100             — carried / —
 *   E  10 / 30 (gap 0.40) 20 / 60                   20 / —               20 / 30
 *   F  — / 200            — / —                     — / —                — / 100
 *
 * flags
 *   02-28  B 用电未报 (fresh 否, 0.5)   F 用电未报 (no report, 0.5)
 *   02-29  B 用电未报 (carried 否, 0.3) E 复工存疑 (0.2; 0.1 on 02-28)  E 产值电量背离 (|1 − 0.2| = 0.8)
 *   03-01  A 复工存疑 (0.25)  B 产值电量背离 (0.8)  G 复工存疑 (0.2; carried on 02-29 but read)
 *   03-02  B 复工存疑 (0.05)  B 产值电量背离 (0.45)  E 产值电量背离 (0.9; no 复工存疑: no reading 03-01)
 * </pre>
 */
final class PowerWorld {
  static final String TAOCHENG = "131102";
  static final String JIZHOU = "131103";
  static final String ZAOQIANG = "131121";
  static final String ZHAO = "赵振川";
  static final String CAO = "曹德中";

  static final String A = Fixtures.uscc("91131102MA0000001");
  static final String B = Fixtures.uscc("91131102MA0000002");
  static final String C = Fixtures.uscc("91131102MA0000003");
  static final String D = Fixtures.uscc("91131103MA0000004");
  static final String G = Fixtures.uscc("91131103MA0000007");
  static final String E = Fixtures.uscc("91131121MA0000005");
  static final String F = Fixtures.uscc("91131121MA0000006");

  static final List<String> DATES = List.of("2020-02-28", "2020-02-29", "2020-03-01", "2020-03-02");

  private static Path root;
  private static Lake lake;
  private static Map<LakeTable, List<Row>> before;
  private static Map<LakeTable, List<Row>> after;

  private PowerWorld() {}

  /** The lake after the metrics were recomputed with meter data. */
  static synchronized Lake lake() {
    build();
    return lake;
  }

  /** The published output folder. */
  static synchronized Path out() {
    build();
    return root.resolve("out");
  }

  /** The metric tables computed before any meter data was in the lake. */
  static synchronized List<Row> before(LakeTable table) {
    build();
    return before.get(table);
  }

  /** The metric tables computed with the meter data. */
  static synchronized List<Row> rows(LakeTable table) {
    build();
    return after.get(table);
  }

  private static void build() {
    if (lake != null) {
      return;
    }
    try {
      root = Files.createTempDirectory("fugong-power-world");
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> MetricsFixture.deleteTree(root)));
    MetricsFixture world =
        new MetricsFixture(root)
            .county(TAOCHENG, "桃城区")
            .county(JIZHOU, "冀州区")
            .county(ZAOQIANG, "枣强县")
            .assignment(ZHAO, TAOCHENG, "一科", "2020-01-01", "")
            .assignment(CAO, JIZHOU, "二科", "2020-01-01", "")
            .assignment(CAO, ZAOQIANG, "二科", "2020-01-01", "")
            .enterprise(A, "衡水甲机械有限公司", TAOCHENG, "C34", true, 100, "50")
            .enterprise(B, "衡水乙纺织有限公司", TAOCHENG, "C17", false, 40, "10")
            .enterprise(C, "衡水丙化工有限公司", TAOCHENG, "C26", true, 200, "120")
            .enterprise(D, "冀州丁食品有限公司", JIZHOU, "C14", false, 30, "5")
            .enterprise(G, "冀州庚机械有限公司", JIZHOU, "C34", true, 80, "100")
            .enterprise(E, "枣强戊机械有限公司", ZAOQIANG, "C34", true, 50, "20")
            .enterprise(F, "枣强己纺织有限公司", ZAOQIANG, "C17", false, 20, "4")
            .file(
                TAOCHENG,
                "2020-02-28",
                Report.resumed(A, 80, "40"),
                Report.notResumed(B),
                Report.resumed(C, 150, "100"))
            .file(
                TAOCHENG, "2020-02-29", Report.resumed(A, 80, "25"), Report.resumed(C, 150, "100"))
            .file(
                TAOCHENG,
                "2020-03-01",
                Report.resumed(A, 80, "30"),
                Report.resumed(B, 30, "9"),
                Report.resumed(C, 150, "100"))
            .file(
                TAOCHENG,
                "2020-03-02",
                Report.resumed(A, 80, "35"),
                Report.resumed(B, 30, "5"),
                Report.resumed(C, 150, "100"))
            .file(JIZHOU, "2020-02-28", Report.notResumed(D), Report.resumed(G, 60, "100"))
            .file(JIZHOU, "2020-02-29", Report.notResumed(D))
            .file(JIZHOU, "2020-03-01", Report.notResumed(D), Report.resumed(G, 60, "20"))
            .file(JIZHOU, "2020-03-02", Report.notResumed(D))
            .file(ZAOQIANG, "2020-02-28", Report.resumed(E, 40, "10"))
            .file(ZAOQIANG, "2020-02-29", Report.resumed(E, 40, "20"))
            .file(ZAOQIANG, "2020-03-01", Report.resumed(E, 40, "20"))
            .file(ZAOQIANG, "2020-03-02", Report.resumed(E, 40, "20"));
    for (String date : DATES) {
      for (String county : List.of(TAOCHENG, JIZHOU, ZAOQIANG)) {
        String name = county + "_" + date.replace("-", "") + ".csv";
        world.arrived(name, date + "T18:00:00");
      }
    }
    Lake computed = world.run(MetricSettings.defaults());
    before = collectAll(computed);

    SparkSession spark = TestSpark.session();
    List<Row> readings = new ArrayList<>();
    reading(readings, TAOCHENG, A, "2020-02-28", "600");
    reading(readings, TAOCHENG, A, "2020-02-29", "299.999999");
    reading(readings, TAOCHENG, A, "2020-03-01", "250");
    reading(readings, TAOCHENG, A, "2020-03-02", "300");
    reading(readings, TAOCHENG, B, "2020-02-28", "100");
    reading(readings, TAOCHENG, B, "2020-02-29", "60");
    reading(readings, TAOCHENG, B, "2020-03-01", "20");
    reading(readings, TAOCHENG, B, "2020-03-02", "10");
    for (String date : DATES) {
      reading(readings, TAOCHENG, C, date, "500");
    }
    reading(readings, JIZHOU, D, "2020-02-28", "50");
    reading(readings, JIZHOU, G, "2020-02-28", "500");
    reading(readings, JIZHOU, G, "2020-02-29", "100");
    reading(readings, JIZHOU, G, "2020-03-01", "100");
    reading(readings, ZAOQIANG, E, "2020-02-28", "30");
    reading(readings, ZAOQIANG, E, "2020-02-29", "60");
    reading(readings, ZAOQIANG, E, "2020-03-02", "30");
    reading(readings, ZAOQIANG, F, "2020-02-28", "200");
    reading(readings, ZAOQIANG, F, "2020-03-02", "100");
    List<Row> baselines = new ArrayList<>();
    baseline(baselines, A, TAOCHENG, "1000");
    baseline(baselines, B, TAOCHENG, "200");
    baseline(baselines, D, JIZHOU, "0");
    baseline(baselines, G, JIZHOU, "500");
    baseline(baselines, E, ZAOQIANG, "300");
    baseline(baselines, F, ZAOQIANG, "400");

    Lake writer = new Lake(spark, root.resolve("out").toString());
    String runId = RunIds.next(Instant.now());
    String meterLocation =
        writer.write(
            LakeTable.METER_READINGS,
            spark.createDataFrame(readings, LakeTable.METER_READINGS.schema()),
            runId,
            LakeSortOrder.of(LakeTable.METER_READINGS));
    String baselineLocation =
        writer.write(
            LakeTable.POWER_BASELINES,
            spark.createDataFrame(baselines, LakeTable.POWER_BASELINES.schema()),
            runId,
            LakeSortOrder.of(LakeTable.POWER_BASELINES));
    writer.publish(
        runId,
        Map.of(
            LakeTable.METER_READINGS, meterLocation, LakeTable.POWER_BASELINES, baselineLocation));
    lake = world.rerunMetrics(MetricSettings.defaults());
    after = collectAll(lake);
  }

  private static Map<LakeTable, List<Row>> collectAll(Lake from) {
    Map<LakeTable, List<Row>> collected = new EnumMap<>(LakeTable.class);
    for (LakeTable table : MetricsJob.TABLES) {
      collected.put(table, MetricsFixture.collect(from, table));
    }
    return collected;
  }

  private static int sourceRow = 1;

  private static void reading(
      List<Row> rows, String county, String uscc, String date, String kilowattHours) {
    String file = county + "_" + date.replace("-", "") + ".csv";
    rows.add(
        RowFactory.create(
            county,
            uscc,
            new BigDecimal(kilowattHours),
            file,
            "0".repeat(64),
            ++sourceRow,
            1,
            "power-world",
            LocalDate.parse(date)));
  }

  private static void baseline(List<Row> rows, String uscc, String county, String kilowattHours) {
    rows.add(RowFactory.create(uscc, county, new BigDecimal(kilowattHours), rows.size() + 2));
  }
}
