package fugong.bench;

import static java.util.Objects.requireNonNull;

import fugong.bench.LakeReplication.Factors;
import fugong.bench.LakeReplication.LakeShape;
import fugong.jobs.MetricsJob;
import fugong.lake.LakeTable;
import fugong.run.StageTiming;
import fugong.testing.DuckDbMetrics;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's findings as Markdown: the set-up, ingestion, the lakes measured, the metrics
 * stage in Spark and DuckDB with their ratio, and how time grows with rows. Seconds with one
 * decimal, ratios as Spark / DuckDB with one decimal.
 */
final class BenchReport {
  /** What the measurements ran on, as the harness sees it (the script adds the machine). */
  record Setup(
      String sparkVersion,
      String sparkMaster,
      int sparkCores,
      long maximumHeapBytes,
      String duckdbVersion,
      MetricsBenchmark.Settings duckdb) {}

  /**
   * One lake of the metrics comparison: the enterprise-days asked for, the replication factors
   * used, its size, the bytes of the six input tables, how long building it took (not part of any
   * timing), the machine's load average just before measuring, and the measurement.
   */
  record MeasuredLake(
      long requestedRows,
      Factors factors,
      LakeShape shape,
      long inputBytes,
      double setupSeconds,
      String loadBefore,
      MetricsBenchmark.Result metrics) {}

  private final Setup setup;
  private final IngestBenchmark.Result ingest;
  private final List<MeasuredLake> lakes;

  BenchReport(Setup setup, IngestBenchmark.Result ingest, List<MeasuredLake> lakes) {
    this.setup = requireNonNull(setup, "setup is null");
    this.ingest = requireNonNull(ingest, "ingest is null");
    this.lakes = List.copyOf(lakes);
  }

  String render() {
    return String.join(
        "\n", setupSection(), ingestSection(), lakesSection(), metricsSection(), growthSection());
  }

  private String setupSection() {
    MetricsBenchmark.Settings duckdb = setup.duckdb();
    return "## Harness set-up (`fugong-bench.jar`, one JVM)\n\n"
        + new MarkdownTable("engine", "settings")
            .row(
                "Spark " + setup.sparkVersion(),
                "master `"
                    + setup.sparkMaster()
                    + "`, "
                    + setup.sparkCores()
                    + " cores, JVM max heap "
                    + gigabytes(setup.maximumHeapBytes())
                    + " GB, the product's `SparkSessions` settings (shuffle partitions 4, AQE on)")
            .row(
                "DuckDB " + setup.duckdbVersion(),
                "in-memory, same JVM (JDBC), `threads = "
                    + duckdb.threads()
                    + "` (= Spark's cores), `memory_limit = '"
                    + duckdb.memoryLimit()
                    + "'`, spilling to `"
                    + duckdb.spillFolder().getFileName()
                    + "/` in the work folder")
            .render();
  }

  private String ingestSection() {
    var generated = ingest.generated();
    var result = ingest.ingest();
    StringBuilder text = new StringBuilder("## Ingest: parse + validate + write the lake\n\n");
    text.append(
        String.format(
            Locale.ROOT,
            "Inbox made by `SyntheticDataGenerator --format csv`: %,d enterprises × %d days, %,d"
                + " files (%s; plain UTF-8 CSV, each county its own headers, column order and"
                + " spellings), error rate 0.02, plus the scenario files (a correction, a missing"
                + " and an unreadable file). Timed: the real `IngestJob.run()` — list, parse and"
                + " validate on Spark executors, reconcile, write every lake table, publish —"
                + " after an untimed warm-up ingest of %d enterprises × %d days in the same JVM."
                + " The anchor: DuckDB's bare `read_csv` of the same CSV files"
                + " (`union_by_name`, `all_varchar`, `null_padding`, `ignore_errors`) `COPY`'d to"
                + " one Parquet file, no validation, in the same JVM right after (also warmed"
                + " up).%n%n",
            generated.enterprises(),
            ingest.days(),
            generated.submissionFiles(),
            formats(),
            IngestBenchmark.WARM_UP_ENTERPRISES,
            IngestBenchmark.WARM_UP_DAYS));
    text.append(
        new MarkdownTable(
                "rows read",
                "accepted",
                "quarantined",
                "duplicates collapsed",
                "files",
                "seconds",
                "rows/s",
                "load before")
            .row(
                count(result.rowsRead()),
                count(result.rowsAccepted()),
                count(result.rowsQuarantined()),
                count(result.duplicatesCollapsed()),
                count(result.newFiles().size()),
                seconds(ingest.seconds()),
                count(Math.round(ingest.rowsPerSecond())),
                ingest.loadBefore())
            .render());
    IngestBenchmark.Anchor anchor = ingest.duckdb();
    text.append(
        String.format(
            Locale.ROOT,
            "%nDuckDB `read_csv` → Parquet of the same files (threads = %d): %,d rows in %s s = %,d"
                + " rows/s (load before %s). fugong's ingest / DuckDB's, in rows/s: **%.2f**.%n",
            anchor.threads(),
            anchor.rows(),
            seconds(anchor.seconds()),
            Math.round(anchor.rowsPerSecond()),
            anchor.loadBefore(),
            ingest.rowsPerSecond() / anchor.rowsPerSecond()));
    IngestBenchmark.Anchor sparkAnchor = ingest.spark();
    text.append(
        String.format(
            Locale.ROOT,
            "%nSpark's own CSV reader → Parquet of the same files, in the same session (files"
                + " grouped by header line and united by name, every column text, no validation;"
                + " %d cores): %,d rows in %s s = %,d rows/s (load before %s). fugong's ingest /"
                + " Spark's bare conversion, in rows/s: **%.2f**; Spark's bare conversion /"
                + " DuckDB's: **%.2f**.%n",
            sparkAnchor.threads(),
            sparkAnchor.rows(),
            seconds(sparkAnchor.seconds()),
            Math.round(sparkAnchor.rowsPerSecond()),
            sparkAnchor.loadBefore(),
            ingest.rowsPerSecond() / sparkAnchor.rowsPerSecond(),
            sparkAnchor.rowsPerSecond() / anchor.rowsPerSecond()));
    text.append("\nStages (`IngestJob.Result.timings()`):\n\n");
    MarkdownTable stages = new MarkdownTable("stage", "seconds", "share");
    long total = result.timings().stream().mapToLong(StageTiming::milliseconds).sum();
    for (StageTiming timing : result.timings()) {
      stages.row(
          timing.stage(),
          seconds(timing.milliseconds() / 1000.0),
          percent(timing.milliseconds(), total));
    }
    stages.row(
        "publish and clean (rest of `run()`)",
        seconds(Math.max(0, ingest.seconds() - total / 1000.0)),
        "");
    return text.append(stages.render()).toString();
  }

  private String formats() {
    return ingest.filesByExtension().entrySet().stream()
        .map(entry -> entry.getValue() + " " + entry.getKey().toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private String lakesSection() {
    StringBuilder text = new StringBuilder("## Lakes measured\n\n");
    text.append(
        "The first lake is the ingested one. Bigger lakes are **replicated** from it with Spark"
            + " (`LakeReplication`), not ingested: enterprises × E (copy c gets a new 18-character"
            + " credit code — the organisation-type character moved c places on in the USCC"
            + " alphabet, check character recomputed — with the same county, industry, scale,"
            + " normal figures and reports) and the period × P (copy j has report dates,"
            + " `resumed_on`, arrival and ingestion times shifted by j × the period length, file"
            + " names renamed to the shifted date; file row counts × E). Counties and assignments"
            + " are unchanged (the last assignment is open-ended). The tables are written with"
            + " `Lake.write` like ingestion writes them (partitioned by `report_date`, one file per"
            + " date, sorted per `LakeSortOrder`) and published. Raw rows, warnings and contacts"
            + " are not copied (no metric reads them).\n\n");
    MarkdownTable table =
        new MarkdownTable(
            "requested enterprise-days",
            "E × P",
            "enterprises",
            "report dates",
            "enterprise-days",
            "accepted reports",
            "input Parquet (MB)",
            "built in (s, not timed)");
    for (MeasuredLake lake : lakes) {
      table.row(
          count(lake.requestedRows()),
          lake.factors().isIdentity()
              ? "ingested"
              : lake.factors().enterpriseCopies() + " × " + lake.factors().periodCopies(),
          count(lake.shape().enterprises()),
          count(lake.shape().reportDates()),
          count(lake.shape().enterpriseDays()),
          count(lake.shape().submissions()),
          String.format(Locale.ROOT, "%.1f", lake.inputBytes() / 1e6),
          lake.factors().isIdentity() ? "—" : seconds(lake.setupSeconds()));
    }
    return text.append(table.render()).toString();
  }

  private String metricsSection() {
    String comparable =
        MetricsBenchmark.COMPARABLE_TABLES.stream()
            .map(LakeTable::tableName)
            .collect(Collectors.joining(", "));
    String sparkOnly =
        MetricsJob.TABLES.stream()
            .filter(table -> !MetricsBenchmark.COMPARABLE_TABLES.contains(table))
            .map(LakeTable::tableName)
            .collect(Collectors.joining(", "));
    StringBuilder text =
        new StringBuilder("## Metrics stage: Spark vs DuckDB on the same Parquet files\n\n");
    text.append(
            "Both engines read the same published lake (files, submissions, quarantine,"
                + " enterprises, counties, assignments) and write Parquet.\n\n")
        .append(
            "- **Spark**: the real `MetricsJob.stage()` as a nightly run calls it, all dates,"
                + " default settings; it computes and writes ")
        .append(MetricsJob.TABLES.size())
        .append(" tables: ")
        .append(comparable)
        .append(" and ")
        .append(sparkOnly)
        .append(
            ". *Whole stage* = wall time of `stage()`; *comparable* = the stages that compute and"
                + " write ")
        .append(comparable)
        .append(", one after the other: ")
        .append(String.join(" + ", MetricsBenchmark.COMPARABLE_STAGES))
        .append(
            " (county, leader, city, industry and scale are written side by side, so that group's"
                + " wall time counts, industry and scale included).\n")
        .append("- **DuckDB**: `")
        .append(DuckDbMetrics.SCRIPT_RESOURCE)
        .append(
            "`, the independent SQL implementation the cross-check test uses: enterprise status per"
                + " date (without per-enterprise open difficulties and ")
        .append(
            "inconsistency flags), county/leader/city daily and difficulty cases; its 5 tables are"
                + " then written with `COPY … (FORMAT parquet)`, the daily ones ")
        .append(
            "`PARTITION_BY (report_date)`. Time = views created → script → last file written.\n")
        .append(
            "- One untimed warm-up of both engines on the first lake ran before the first"
                + " measurement, so JIT compilation, Spark's first jobs and ")
        .append(
            "DuckDB's native library load are not charged to it. Each size is measured once.\n\n");
    MarkdownTable table =
        new MarkdownTable(
            "enterprise-days",
            "Spark whole stage (s)",
            "Spark comparable 5 tables (s)",
            "DuckDB (s)",
            "Spark / DuckDB, whole",
            "Spark / DuckDB, comparable",
            "load before");
    for (MeasuredLake lake : lakes) {
      MetricsBenchmark.Result metrics = lake.metrics();
      table.row(
          count(lake.shape().enterpriseDays()),
          seconds(metrics.sparkSeconds()),
          seconds(metrics.sparkComparableSeconds()),
          seconds(metrics.duckdbSeconds()),
          ratio(metrics.sparkSeconds(), metrics.duckdbSeconds()),
          ratio(metrics.sparkComparableSeconds(), metrics.duckdbSeconds()),
          lake.loadBefore());
    }
    text.append(table.render());
    text.append(
            "\n*load before*: the machine's 1-minute load average just before the measurement (")
        .append(setup.sparkCores())
        .append(" cores; above that, other work competed for them).\n");

    text.append(
        "\n"
            + "Spark, per table (`MetricsJob.Result.timings()`, seconds; each includes computing"
            + " what it needs and writing it):\n\n");
    String[] headers = new String[lakes.size() + 1];
    headers[0] = "table";
    for (int index = 0; index < lakes.size(); index++) {
      headers[index + 1] = count(lakes.get(index).shape().enterpriseDays()) + " rows";
    }
    MarkdownTable perTable = new MarkdownTable(headers);
    for (LakeTable metricTable : MetricsJob.TABLES) {
      Object[] cells = new Object[lakes.size() + 1];
      cells[0] =
          metricTable.tableName()
              + (MetricsBenchmark.COMPARABLE_TABLES.contains(metricTable) ? " (comparable)" : "");
      for (int index = 0; index < lakes.size(); index++) {
        Long milliseconds =
            lakes.get(index).metrics().sparkTableMilliseconds().get(metricTable.tableName());
        cells[index + 1] = milliseconds == null ? "" : seconds(milliseconds / 1000.0);
      }
      perTable.row(cells);
    }
    text.append(perTable.render());

    text.append(
        "\n"
            + "DuckDB, split; the memory it held at the end (mostly the temporary tables of the"
            + " script, `duckdb_memory()`; native, outside the JVM heap) and what of it was on"
            + " disk; and the rows each engine wrote for the comparable tables (same counts = same"
            + " table sizes; values are cross-checked by `MetricsCrossCheckTest`):\n\n");
    MarkdownTable duckdb =
        new MarkdownTable(
            "enterprise-days",
            "views + SQL (s)",
            "COPY to Parquet (s)",
            "DuckDB memory held (GB)",
            "of it spilled (GB)",
            "rows written, Spark / DuckDB");
    for (MeasuredLake lake : lakes) {
      String rows =
          lake.metrics().rowsWritten().entrySet().stream()
              .map(
                  entry ->
                      entry.getKey().tableName()
                          + " "
                          + count(entry.getValue()[0])
                          + (entry.getValue()[0] == entry.getValue()[1]
                              ? " both"
                              : " / " + count(entry.getValue()[1])))
              .collect(Collectors.joining("; "));
      duckdb.row(
          count(lake.shape().enterpriseDays()),
          seconds(lake.metrics().duckdbSqlSeconds()),
          seconds(lake.metrics().duckdbWriteSeconds()),
          gigabytes(lake.metrics().duckdbMemoryBytes()),
          gigabytes(lake.metrics().duckdbSpilledBytes()),
          rows);
    }
    return text.append(duckdb.render()).toString();
  }

  private String growthSection() {
    StringBuilder text = new StringBuilder("## How time grows with rows (metrics stage)\n\n");
    MarkdownTable table =
        new MarkdownTable(
            "enterprise-days",
            "× first",
            "Spark whole (s)",
            "Spark comparable (s)",
            "DuckDB (s)",
            "Spark / DuckDB, comparable",
            "Spark whole s per M rows",
            "DuckDB s per M rows");
    if (lakes.isEmpty()) {
      return text.append("(no lake measured)\n").toString();
    }
    double firstRows = lakes.get(0).shape().enterpriseDays();
    for (MeasuredLake lake : lakes) {
      double millions = lake.shape().enterpriseDays() / 1e6;
      MetricsBenchmark.Result metrics = lake.metrics();
      table.row(
          count(lake.shape().enterpriseDays()),
          String.format(Locale.ROOT, "%.1f", lake.shape().enterpriseDays() / firstRows),
          seconds(metrics.sparkSeconds()),
          seconds(metrics.sparkComparableSeconds()),
          seconds(metrics.duckdbSeconds()),
          ratio(metrics.sparkComparableSeconds(), metrics.duckdbSeconds()),
          seconds(metrics.sparkSeconds() / millions),
          seconds(metrics.duckdbSeconds() / millions));
    }
    text.append(table.render());
    if (lakes.size() > 1) {
      MeasuredLake first = lakes.get(0);
      MeasuredLake last = lakes.get(lakes.size() - 1);
      double rowsGrowth =
          Math.log((double) last.shape().enterpriseDays() / first.shape().enterpriseDays());
      text.append(
          String.format(
              Locale.ROOT,
              "%nFrom the first to the last lake, time grows like rows^b with b = %.2f for Spark's"
                  + " whole stage and b = %.2f for DuckDB (b = 1: linear; below 1: fixed costs"
                  + " still weigh).%n",
              Math.log(last.metrics().sparkSeconds() / first.metrics().sparkSeconds()) / rowsGrowth,
              Math.log(last.metrics().duckdbSeconds() / first.metrics().duckdbSeconds())
                  / rowsGrowth));
    }
    return text.toString();
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String ratio(double spark, double duckdb) {
    return duckdb <= 0 ? "—" : String.format(Locale.ROOT, "%.1f", spark / duckdb);
  }

  private static String percent(long part, long total) {
    return total <= 0 ? "" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / total);
  }

  private static String gigabytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024 * 1024));
  }
}
