package fugong.jobs;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The four-day world shared by {@link MetricsJobTest}, {@link LeaderAssignmentTest} and {@link
 * AlertRulesTest} (and, through jobs' test jar, the bench module's {@code LakeReplicationTest}): 3
 * counties, 2 leaders (冀州区 moves from 赵振川 to 曹德中 on 03-03), 6 enterprises, 03-01 … 03-04. It is
 * ingested and computed once per test JVM.
 *
 * <pre>
 * registry        county  industry scale  normal staff  normal output (万元)
 *   A 桃城区 131102  C34     规上       100          50
 *   B 桃城区 131102  C17     规下        40          10
 *   C 桃城区 131102  C26     规上       200         120
 *   D 冀州区 131103  C14     规下        30           5
 *   E 枣强县 131121  C34     规上        50          20
 *   F 枣强县 131121  C17     规下        20           4
 *
 * reports (on duty / output; every checklist item 是 unless noted)
 *          03-01                      03-02                          03-03                  03-04
 *   A   80/40 dorm 2·12·30 ✔W5     90/45 dorm 2·13·40 (W5 是 but    100/50 D1             100/50 (D1 resolved)
 *       suspected 1 isolated 2     13 > 6×2: contradicted) isolated 1
 *       D1                         D1
 *   B   not resumed, isolated 3,   100/31 (100 > 2×40, 31 > 3×10)   30/8 D3                — (carried from 03-03;
 *       D7                         D3 (D7 resolved)                                        D3 stays open)
 *   C   150/110, P1 否             120/100, confirmed 1             not resumed,           not resumed, D5
 *                                                                   confirmed 1, D5
 *   Q   —                          unknown enterprise: quarantined  —                      —
 *   D   20/2                       25/4, W5 否 but dorm 1·4·10      — (no file: carried)   30/5
 *                                  (numbers decide: met)
 *   E   40/18                      45/19                            50/20 suspected 2      — (file rejected: carried)
 *   F   10/2                       not resumed, D2                  20/3 (D2 resolved)     — (carried)
 *
 * arrivals: 桃城区 19:59:59, 20:00:01, 20:00:00, 07:00; 冀州区 20:00:00, 08:00, none, 19:59:59;
 *           枣强县 20:00:01, 19:00, 10:00, 21:00 (an .xlsx that is text: rejected)
 * </pre>
 */
public final class SmallCityWorld {
  static final String TAOCHENG = "131102";
  static final String JIZHOU = "131103";
  static final String ZAOQIANG = "131121";
  static final String ZHAO = "赵振川";
  static final String CAO = "曹德中";

  public static final String A = Fixtures.uscc("91131102MA0000001");
  static final String B = Fixtures.uscc("91131102MA0000002");
  static final String C = Fixtures.uscc("91131102MA0000003");
  static final String D = Fixtures.uscc("91131103MA0000004");
  static final String E = Fixtures.uscc("91131121MA0000005");
  static final String F = Fixtures.uscc("91131121MA0000006");
  static final String UNKNOWN_ENTERPRISE = Fixtures.uscc("91131102MA0000009");

  private static Map<LakeTable, List<Row>> tables;
  private static Lake lake;

  private SmallCityWorld() {}

  /** The published metric tables, collected once. */
  static synchronized List<Row> rows(LakeTable table) {
    build();
    return tables.get(table);
  }

  public static synchronized Lake lake() {
    build();
    return lake;
  }

  private static void build() {
    if (tables != null) {
      return;
    }
    MetricsFixture world =
        temporaryWorld("fugong-small-city")
            .county(TAOCHENG, "桃城区")
            .county(JIZHOU, "冀州区")
            .county(ZAOQIANG, "枣强县")
            .assignment(ZHAO, TAOCHENG, "原材料与装备科", "2020-02-26", "")
            .assignment(ZHAO, JIZHOU, "运行监测科", "2020-02-26", "2020-03-02")
            .assignment(CAO, JIZHOU, "运行监测科", "2020-03-03", "")
            .assignment(CAO, ZAOQIANG, "政策产业科", "2020-02-26", "")
            .enterprise(A, "衡水甲机械有限公司", TAOCHENG, "C34", true, 100, "50")
            .enterprise(B, "衡水乙纺织有限公司", TAOCHENG, "C17", false, 40, "10")
            .enterprise(C, "衡水丙化工有限公司", TAOCHENG, "C26", true, 200, "120")
            .enterprise(D, "冀州丁食品有限公司", JIZHOU, "C14", false, 30, "5")
            .enterprise(E, "枣强戊机械有限公司", ZAOQIANG, "C34", true, 50, "20")
            .enterprise(F, "枣强己纺织有限公司", ZAOQIANG, "C17", false, 20, "4")
            // 03-01
            .file(
                TAOCHENG,
                "2020-03-01",
                Report.resumed(A, 80, "40")
                    .dormitory(2, 12, "30")
                    .health(1, 2, 0)
                    .difficulties("D1"),
                Report.notResumed(B).health(0, 3, 0).difficulties("D7"),
                Report.resumed(C, 150, "110").unmet("P1"))
            .arrived("131102_20200301.csv", "2020-03-01T19:59:59")
            .file(JIZHOU, "2020-03-01", Report.resumed(D, 20, "2"))
            .arrived("131103_20200301.csv", "2020-03-01T20:00:00")
            .file(ZAOQIANG, "2020-03-01", Report.resumed(E, 40, "18"), Report.resumed(F, 10, "2"))
            .arrived("131121_20200301.csv", "2020-03-01T20:00:01")
            // 03-02
            .file(
                TAOCHENG,
                "2020-03-02",
                Report.resumed(A, 90, "45")
                    .dormitory(2, 13, "40")
                    .health(0, 1, 0)
                    .difficulties("D1"),
                Report.resumed(B, 100, "31").difficulties("D3"),
                Report.resumed(C, 120, "100").health(0, 0, 1),
                Report.resumed(UNKNOWN_ENTERPRISE, 10, "1"))
            .arrived("131102_20200302.csv", "2020-03-02T20:00:01")
            .file(JIZHOU, "2020-03-02", Report.resumed(D, 25, "4").w5("否").dormitory(1, 4, "10"))
            .arrived("131103_20200302.csv", "2020-03-02T08:00:00")
            .file(
                ZAOQIANG,
                "2020-03-02",
                Report.resumed(E, 45, "19"),
                Report.notResumed(F).difficulties("D2"))
            .arrived("131121_20200302.csv", "2020-03-02T19:00:00")
            // 03-03: no file from 冀州区
            .file(
                TAOCHENG,
                "2020-03-03",
                Report.resumed(A, 100, "50").difficulties("D1"),
                Report.resumed(B, 30, "8").difficulties("D3"),
                Report.notResumed(C).health(0, 0, 1).difficulties("D5"))
            .arrived("131102_20200303.csv", "2020-03-03T20:00:00")
            .file(
                ZAOQIANG,
                "2020-03-03",
                Report.resumed(E, 50, "20").health(2, 0, 0),
                Report.resumed(F, 20, "3"))
            .arrived("131121_20200303.csv", "2020-03-03T10:00:00")
            // 03-04: 枣强县's only file is unreadable
            .file(
                TAOCHENG,
                "2020-03-04",
                Report.resumed(A, 100, "50"),
                Report.notResumed(C).difficulties("D5"))
            .arrived("131102_20200304.csv", "2020-03-04T07:00:00")
            .file(JIZHOU, "2020-03-04", Report.resumed(D, 30, "5"))
            .arrived("131103_20200304.csv", "2020-03-04T19:59:59")
            .rawFile("131121_20200304.xlsx", "this is not a workbook")
            .arrived("131121_20200304.xlsx", "2020-03-04T21:00:00");
    lake = world.run(MetricSettings.defaults());
    tables = collect(lake, MetricsJob.TABLES);
  }

  /**
   * An empty world in a new temporary folder whose name starts with {@code prefix}, deleted when
   * the test JVM ends; each shared world of the jobs tests starts from one.
   */
  static MetricsFixture temporaryWorld(String prefix) {
    Path folder;
    try {
      folder = Files.createTempDirectory(prefix);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> MetricsFixture.deleteTree(folder)));
    return new MetricsFixture(folder);
  }

  /** The rows of each of {@code tables} in the lake, collected once. */
  static Map<LakeTable, List<Row>> collect(Lake lake, List<LakeTable> tables) {
    Map<LakeTable, List<Row>> collected = new EnumMap<>(LakeTable.class);
    for (LakeTable table : tables) {
      collected.put(table, MetricsFixture.collect(lake, table));
    }
    return collected;
  }
}
