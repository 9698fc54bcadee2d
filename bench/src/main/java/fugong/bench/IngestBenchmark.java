package fugong.bench;

import static java.util.Objects.requireNonNull;

import fugong.catalog.LakeViews;
import fugong.generate.GenerationSummary;
import fugong.generate.GeneratorConfig;
import fugong.generate.OutputFormat;
import fugong.generate.SyntheticDataGenerator;
import fugong.jobs.IngestJob;
import fugong.run.RunIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Times ingestion: generates a CSV inbox with {@link SyntheticDataGenerator} ({@link
 * OutputFormat#CSV}: every submission plain UTF-8 CSV, each county with its own headers, column
 * order and spellings; the default seed and error rate 0.02), then runs the real {@link IngestJob}
 * into a new output folder — list, parse, validate, reconcile, write every lake table, publish —
 * and reports rows per second over the whole job. The anchor, in the same JVM right after: DuckDB's
 * bare {@code read_csv} of the same CSV files into one Parquet file ({@code union_by_name}, every
 * column text, no validation) with as many threads as Spark has cores — how fast this machine turns
 * these files into Parquet at all. A tiny inbox is ingested first by both, untimed, so that class
 * loading and JIT compilation are not charged to the measurement.
 */
public final class IngestBenchmark {
  /** The warm-up inbox: 130 enterprises (10 per county) for 2 days. */
  static final int WARM_UP_ENTERPRISES = 130;

  static final int WARM_UP_DAYS = 2;

  /**
   * What was generated ({@code days} report days; submission files counted by extension), the
   * machine's load average just before the timed ingestion, and what it did; {@code out} is the
   * ingested lake's output folder.
   */
  public record Result(
      GenerationSummary generated,
      int days,
      Map<String, Long> filesByExtension,
      String loadBefore,
      IngestJob.Result ingest,
      double seconds,
      String out,
      Anchor duckdb,
      Anchor spark) {
    public double rowsPerSecond() {
      return ingest.rowsRead() / seconds;
    }
  }

  /**
   * A bare {@code read_csv} → Parquet of the same files (DuckDB's, or Spark's own): the load
   * average just before, seconds, rows written (the data rows it could read) and threads.
   */
  public record Anchor(String loadBefore, double seconds, long rows, int threads) {
    public double rowsPerSecond() {
      return rows / seconds;
    }
  }

  private final SparkSession spark;
  private final Path folder;
  private final PrintWriter progress;

  /** Works under {@code folder} (warm-up/, input/, out/), which should be empty or absent. */
  public IngestBenchmark(SparkSession spark, Path folder, PrintWriter progress) {
    this.spark = requireNonNull(spark, "spark is null");
    this.folder = requireNonNull(folder, "folder is null");
    this.progress = requireNonNull(progress, "progress is null");
  }

  /** Generates {@code enterprises} × {@code days} and times their ingestion. */
  public Result run(int enterprises, int days) {
    Path warmUp = folder.resolve("warm-up");
    progress.printf(
        "bench: warm-up ingest of %d enterprises × %d days (not timed)%n",
        WARM_UP_ENTERPRISES, WARM_UP_DAYS);
    progress.flush();
    GenerationSummary warmUpInbox = generate(warmUp, WARM_UP_ENTERPRISES, WARM_UP_DAYS);
    ingest(warmUpInbox, warmUp.resolve("out"));
    readCsv(warmUpInbox.inboxFolder(), warmUp.resolve("duckdb.parquet"));
    sparkReadCsv(warmUpInbox.inboxFolder(), warmUp.resolve("spark-read-csv"));

    Path input = folder.resolve("input");
    progress.printf(
        "bench: generating %d enterprises × %d days into %s (not timed)%n",
        enterprises, days, input);
    progress.flush();
    GenerationSummary generated = generate(input, enterprises, days);
    progress.printf(
        "bench: ingesting %d files, %d data rows (timed)%n",
        generated.submissionFiles(), generated.dataRows());
    progress.flush();
    Path out = folder.resolve("out");
    String load = MachineLoad.oneMinute();
    long started = System.nanoTime();
    IngestJob.Result ingest = ingest(generated, out);
    double seconds = (System.nanoTime() - started) / 1e9;
    progress.printf(
        "bench: DuckDB read_csv → Parquet of the same %d CSV files (timed)%n",
        generated.submissionFiles());
    progress.flush();
    Anchor anchor = readCsv(generated.inboxFolder(), folder.resolve("duckdb-read-csv.parquet"));
    progress.printf(
        "bench: Spark's own CSV reader → Parquet of the same %d CSV files (timed)%n",
        generated.submissionFiles());
    progress.flush();
    Anchor sparkAnchor =
        sparkReadCsv(generated.inboxFolder(), folder.resolve("spark-read-csv-parquet"));
    return new Result(
        generated,
        days,
        filesByExtension(generated.inboxFolder()),
        load,
        ingest,
        seconds,
        out.toString(),
        anchor,
        sparkAnchor);
  }

  /**
   * Spark's own CSV reader, in the same session as the ingest (same cores), does what DuckDB's
   * {@code read_csv} does ({@link #readCsv}): every CSV file of {@code inbox}, headers united by
   * name (the files are grouped by their header line, one read per group, then united with missing
   * columns as nulls), every column text, malformed rows kept as far as they go (Spark's {@code
   * PERMISSIVE} mode), the file name beside each row, written as Parquet into {@code target}
   * ({@code _arrivals.csv}, which DuckDB's glob also reads, is skipped: Spark never reads a file
   * whose name starts with {@code _}). No validation: how fast the engine fugong is built on turns
   * these files into Parquet at all.
   */
  private Anchor sparkReadCsv(Path inbox, Path target) {
    int threads = spark.sparkContext().defaultParallelism();
    String load = MachineLoad.oneMinute();
    long started = System.nanoTime();
    Map<String, java.util.List<String>> filesByHeader = new TreeMap<>();
    try (Stream<Path> files = Files.list(inbox)) {
      for (Path file :
          files
              .filter(file -> file.getFileName().toString().endsWith(".csv"))
              // Spark's file sources skip names starting with _ (here only _arrivals.csv)
              .filter(file -> !file.getFileName().toString().startsWith("_"))
              .sorted()
              .toList()) {
        try (java.io.BufferedReader reader =
            Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
          String header = reader.readLine();
          filesByHeader
              .computeIfAbsent(header == null ? "" : header, key -> new java.util.ArrayList<>())
              .add(file.toAbsolutePath().toString());
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + inbox, failure);
    }
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all = null;
    for (java.util.List<String> group : filesByHeader.values()) {
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows =
          spark
              .read()
              .option("header", "true")
              .option("mode", "PERMISSIVE")
              .csv(group.toArray(String[]::new))
              .withColumn("filename", org.apache.spark.sql.functions.input_file_name());
      all = all == null ? rows : all.unionByName(rows, true);
    }
    if (all == null) {
      return new Anchor(load, 0, 0, threads);
    }
    all.write().mode(org.apache.spark.sql.SaveMode.Overwrite).parquet(target.toString());
    double seconds = (System.nanoTime() - started) / 1e9;
    long rows = spark.read().parquet(target.toString()).count();
    return new Anchor(load, seconds, rows, threads);
  }

  /**
   * DuckDB reads every CSV file of {@code inbox} with {@code read_csv} (headers united by name,
   * every column text, rows it cannot read skipped) and writes them to one Parquet file.
   */
  private Anchor readCsv(Path inbox, Path target) {
    int threads = spark.sparkContext().defaultParallelism();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckdb.createStatement()) {
      statement.execute("SET threads = " + threads);
      Files.deleteIfExists(target);
      String load = MachineLoad.oneMinute();
      long started = System.nanoTime();
      statement.execute(
          "COPY (SELECT * FROM read_csv("
              + LakeViews.literal(inbox.toAbsolutePath() + "/*.csv")
              + ", union_by_name = true, all_varchar = true, null_padding = true,"
              + " ignore_errors = true, filename = true)) TO "
              + LakeViews.literal(target.toAbsolutePath().toString())
              + " (FORMAT parquet)");
      double seconds = (System.nanoTime() - started) / 1e9;
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT count(*) FROM read_parquet("
                  + LakeViews.literal(target.toAbsolutePath().toString())
                  + ")")) {
        rows.next();
        return new Anchor(load, seconds, rows.getLong(1), threads);
      }
    } catch (SQLException | IOException failure) {
      throw new IllegalStateException(
          "DuckDB's read_csv of " + inbox + " failed: " + failure, failure);
    }
  }

  private static Map<String, Long> filesByExtension(Path inbox) {
    try (Stream<Path> files = Files.list(inbox)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.startsWith("_") && name.contains("."))
          .collect(
              Collectors.groupingBy(
                  name -> name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                  TreeMap::new,
                  Collectors.counting()));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + inbox, failure);
    }
  }

  private static GenerationSummary generate(Path target, int enterprises, int days) {
    return new SyntheticDataGenerator(
            new GeneratorConfig(
                target,
                enterprises,
                days,
                GeneratorConfig.DEFAULT_SEED,
                GeneratorConfig.DEFAULT_ERROR_RATE,
                GeneratorConfig.DEFAULT_START_DATE,
                OutputFormat.CSV,
                Runtime.getRuntime().availableProcessors(),
                null))
        .run();
  }

  private IngestJob.Result ingest(GenerationSummary generated, Path out) {
    Instant started = Instant.now();
    IngestJob.Config config =
        new IngestJob.Config(
            generated.inboxFolder().toString(),
            generated.referenceFolder(),
            out.toString(),
            RunIds.next(started),
            started,
            fugong.ingest.InboxLimits.DEFAULTS.withQuietSeconds(
                0)); // the files were just generated, complete
    return new IngestJob(spark, config).run();
  }
}
