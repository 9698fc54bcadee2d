package fugong.jobs;

import fugong.domain.ChecklistItem;
import fugong.ingest.InboxLimits;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.run.RunIds;
import fugong.testing.Fixtures;
import fugong.testing.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a tiny world for the metrics tests: a reference folder (counties, assignments,
 * enterprises), an inbox of real CSV submission files and an {@code _arrivals.csv}, then runs the
 * real ingestion and metrics jobs. Every number in it is meant to be checked on paper.
 */
final class MetricsFixture {
  private final Path root;
  private final StringBuilder counties = new StringBuilder("县市区代码,县市区名称\n");
  private final StringBuilder assignments = new StringBuilder("局领导,县市区,责任科室,valid_from,valid_to\n");
  private final StringBuilder enterprises =
      new StringBuilder("统一社会信用代码,企业名称,县市区代码,行业代码,是否规上,是否重点企业,是否环保白名单,正常用工人数,正常日产值(万元)\n");
  private final Map<String, List<String>> files = new LinkedHashMap<>();
  private final StringBuilder arrivals = new StringBuilder("file,arrived_at\n");

  MetricsFixture(Path root) {
    this.root = root;
  }

  MetricsFixture county(String code, String name) {
    counties.append(code).append(',').append(name).append('\n');
    return this;
  }

  /** validTo may be empty (open-ended). */
  MetricsFixture assignment(
      String leader, String countyCode, String section, String validFrom, String validTo) {
    assignments
        .append(String.join(",", leader, countyCode, section, validFrom, validTo))
        .append('\n');
    return this;
  }

  MetricsFixture enterprise(
      String uscc,
      String name,
      String countyCode,
      String industry,
      boolean aboveScale,
      long normalEmployees,
      String normalOutput) {
    enterprises
        .append(
            String.join(
                ",",
                uscc,
                name,
                countyCode,
                industry,
                aboveScale ? "是" : "否",
                "否",
                "否",
                Long.toString(normalEmployees),
                normalOutput))
        .append('\n');
    return this;
  }

  /** A county's submission file {@code {county}_{yyyyMMdd}.csv} with the given rows. */
  MetricsFixture file(String countyCode, String date, Report... rows) {
    String name = countyCode + "_" + date.replace("-", "") + ".csv";
    List<String> lines = new ArrayList<>();
    lines.add(Fixtures.header());
    for (Report row : rows) {
      lines.add(row.csv(date, countyCode));
    }
    files.put(name, lines);
    return this;
  }

  /** A file of any name and text (e.g. an unreadable .xlsx). */
  MetricsFixture rawFile(String name, String text) {
    files.put(name, List.of(text));
    return this;
  }

  /** Arrival time of a file, Asia/Shanghai local time such as 2020-03-01T19:59:59. */
  MetricsFixture arrived(String fileName, String localDateTime) {
    arrivals.append(fileName).append(',').append(localDateTime).append('\n');
    return this;
  }

  Path inbox() {
    return root.resolve("inbox");
  }

  Path reference() {
    return root.resolve("reference");
  }

  Path out() {
    return root.resolve("out");
  }

  /** Writes the folders, ingests the inbox and computes the metrics; returns the lake. */
  Lake run(MetricSettings settings) {
    try {
      Files.createDirectories(reference());
      Files.writeString(reference().resolve("counties.csv"), counties, StandardCharsets.UTF_8);
      Files.writeString(
          reference().resolve("assignments.csv"), assignments, StandardCharsets.UTF_8);
      Files.writeString(
          reference().resolve("enterprises.csv"), enterprises, StandardCharsets.UTF_8);
      Files.createDirectories(inbox());
      for (Map.Entry<String, List<String>> file : files.entrySet()) {
        Files.writeString(
            inbox().resolve(file.getKey()),
            String.join("\n", file.getValue()) + "\n",
            StandardCharsets.UTF_8);
      }
      Files.writeString(inbox().resolve("_arrivals.csv"), arrivals, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    SparkSession spark = TestSpark.session();
    Instant started = Instant.now();
    String ingestRun = RunIds.next(started);
    new IngestJob(
            spark,
            new IngestJob.Config(
                inbox().toString(),
                reference(),
                out().toString(),
                ingestRun,
                started,
                InboxLimits.DEFAULTS.withQuietSeconds(0)))
        .run();
    rerunMetrics(settings);
    return new Lake(spark, out().toString());
  }

  /** Recomputes the metric tables on the already ingested lake with other settings. */
  Lake rerunMetrics(MetricSettings settings) {
    SparkSession spark = TestSpark.session();
    String metricsRun = RunIds.next(Instant.now());
    new MetricsJob(spark, new MetricsJob.Config(out().toString(), null, null, settings, metricsRun))
        .run();
    return new Lake(spark, out().toString());
  }

  /** Deletes a folder tree (for worlds shared by several test classes). */
  static void deleteTree(Path folder) {
    try {
      fugong.run.LocalFolders.delete(folder);
    } catch (fugong.error.FugongException ignored) {
      // a temporary folder left behind is harmless
    }
  }

  /** The rows of a table collected in memory, so each assertion does not start a Spark job. */
  static List<Row> collect(Lake lake, LakeTable table) {
    return lake.read(table).collectAsList();
  }

  /** The one row whose columns equal the given values (report_date compared as text). */
  static Row only(List<Row> rows, Object... columnsAndValues) {
    List<Row> matching = rows.stream().filter(row -> matches(row, columnsAndValues)).toList();
    if (matching.size() != 1) {
      throw new AssertionError(
          "expected one row with "
              + List.of(columnsAndValues)
              + ", found "
              + matching.size()
              + ": "
              + matching);
    }
    return matching.get(0);
  }

  static List<Row> where(List<Row> rows, Object... columnsAndValues) {
    return rows.stream().filter(row -> matches(row, columnsAndValues)).toList();
  }

  private static boolean matches(Row row, Object... columnsAndValues) {
    for (int index = 0; index < columnsAndValues.length; index += 2) {
      Object actual = row.getAs((String) columnsAndValues[index]);
      Object expected = columnsAndValues[index + 1];
      String actualText = actual == null ? null : actual.toString();
      String expectedText = expected == null ? null : expected.toString();
      if (actualText == null ? expectedText != null : !actualText.equals(expectedText)) {
        return false;
      }
    }
    return true;
  }

  static long longOf(Row row, String column) {
    return row.<Long>getAs(column);
  }

  static Double doubleOf(Row row, String column) {
    Object value = row.getAs(column);
    // amounts are decimals in the lake; rates and values are doubles
    return value instanceof java.math.BigDecimal decimal ? decimal.doubleValue() : (Double) value;
  }

  static LocalDate dateOf(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? null : LocalDate.parse(value.toString());
  }

  /** One enterprise's row in a submission file. */
  static final class Report {
    private final String uscc;
    private final boolean resumed;
    private Long onDuty;
    private String output;
    private Set<String> unmetItems = Set.of();
    private String dormRooms = "";
    private String dormResidents = "";
    private String dormArea = "";
    private String w5Answer;
    private long suspected;
    private long isolated;
    private long confirmed;
    private String difficulties = "";

    private Report(String uscc, boolean resumed) {
      this.uscc = uscc;
      this.resumed = resumed;
    }

    /** Resumed, every checklist item 是 unless {@link #unmet} says otherwise. */
    static Report resumed(String uscc, long onDuty, String output) {
      Report report = new Report(uscc, true);
      report.onDuty = onDuty;
      report.output = output;
      return report;
    }

    /** Not resumed: staff, output and checklist left empty. */
    static Report notResumed(String uscc) {
      return new Report(uscc, false);
    }

    /** Items answered 否 (codes such as P1). */
    Report unmet(String... itemCodes) {
      unmetItems = Set.of(itemCodes);
      return this;
    }

    /** W5 answered explicitly (是/否), whatever {@link #unmet} says. */
    Report w5(String answer) {
      w5Answer = answer;
      return this;
    }

    Report dormitory(long rooms, long residents, String areaSquareMetres) {
      dormRooms = Long.toString(rooms);
      dormResidents = Long.toString(residents);
      dormArea = areaSquareMetres;
      return this;
    }

    Report health(long suspectedCount, long isolatedCount, long confirmedCount) {
      suspected = suspectedCount;
      isolated = isolatedCount;
      confirmed = confirmedCount;
      return this;
    }

    /** Difficulty codes separated by ; */
    Report difficulties(String codes) {
      difficulties = codes;
      return this;
    }

    String csv(String date, String countyCode) {
      List<String> cells = new ArrayList<>();
      cells.addAll(List.of(date, countyCode, uscc, ""));
      cells.add(resumed ? "是" : "否");
      cells.add(resumed ? "2020-02-25" : "");
      cells.add(onDuty == null ? "" : Long.toString(onDuty));
      cells.add(output == null ? "" : output);
      for (ChecklistItem item : ChecklistItem.values()) {
        if (!resumed) {
          cells.add("");
        } else if (item == ChecklistItem.W5 && w5Answer != null) {
          cells.add(w5Answer);
        } else {
          cells.add(unmetItems.contains(item.code()) ? "否" : "是");
        }
      }
      cells.addAll(List.of(dormRooms, dormResidents, dormArea));
      cells.addAll(
          List.of(Long.toString(suspected), Long.toString(isolated), Long.toString(confirmed)));
      cells.addAll(List.of(difficulties, "", Fixtures.REPORTER, Fixtures.PHONE));
      return String.join(",", cells);
    }
  }
}
