package fugong.bench;

import fugong.bench.LakeReplication.Factors;
import fugong.bench.LakeReplication.LakeShape;
import fugong.config.FugongSettings;
import fugong.lake.Lake;
import fugong.lake.PublishedState;
import fugong.spark.SparkSessions;
import fugong.testing.DuckDbMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmark's harness, the main of {@code bench/target/fugong-bench.jar} (run through {@code
 * bench/run-bench.sh}; not part of the product jar): in one JVM and one Spark session built like
 * the product's, times ingestion ({@link IngestBenchmark}), builds lakes of the requested sizes
 * from the ingested one ({@link LakeReplication}), and times the metrics stage in Spark and DuckDB
 * on each ({@link MetricsBenchmark}), after an untimed warm-up. Writes the findings as Markdown
 * ({@link BenchReport}) to {@code --report} and standard output; progress goes to standard error.
 * Everything is written under {@code --work}, whose ingest/, lakes/, duckdb-out/ and duckdb-spill/
 * folders are emptied first. Takes minutes to hours: not a test.
 */
@Command(
    name = "fugong-bench",
    mixinStandardHelpOptions = true,
    header = "Benchmark ingest and the metrics stage against DuckDB (see bench/README.md).",
    description = {
      "Measures ingest rows/s, and the metrics stage in Spark vs the same definitions in DuckDB SQL"
          + " on the same Parquet files, for lakes of the given sizes (enterprise-days) replicated"
          + " from the ingested one."
    })
public final class BenchCommand implements Callable<Integer> {
  /** The folders under --work this command owns (emptied at the start). */
  static final List<String> WORK_FOLDERS = List.of("ingest", "lakes", "duckdb-out", "duckdb-spill");

  @Spec CommandSpec spec;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description =
          "Folder for the generated inbox, the lakes and all outputs (needs a few GB per 10 M"
              + " rows).")
  Path work;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000000,10000000,50000000",
      paramLabel = "ROWS",
      description =
          "Lake sizes in enterprise-days to measure the metrics on (default: ${DEFAULT-VALUE}).")
  List<Long> sizes;

  @Option(
      names = "--ingest-enterprises",
      paramLabel = "N",
      description = "Enterprises of the ingested inbox (default: ${DEFAULT-VALUE}).")
  int ingestEnterprises = 71_500;

  @Option(
      names = "--ingest-days",
      paramLabel = "N",
      description = "Days of the ingested inbox (default: ${DEFAULT-VALUE}).")
  int ingestDays = 14;

  @Option(
      names = "--duckdb-memory-limit",
      paramLabel = "SIZE",
      description = "DuckDB memory_limit, outside the JVM heap (default: ${DEFAULT-VALUE}).")
  String duckdbMemoryLimit = "6GB";

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Where to write the Markdown findings (default: WORK/bench.md).")
  Path report;

  public static void main(String[] arguments) {
    System.exit(new CommandLine(new BenchCommand()).execute(arguments));
  }

  @Override
  public Integer call() throws IOException, SQLException {
    if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size <= 0)) {
      throw new ParameterException(
          spec.commandLine(), "--sizes must be positive numbers of enterprise-days, got " + sizes);
    }
    if (ingestEnterprises < 13 || ingestDays < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--ingest-enterprises must be at least 13 (one per county) and --ingest-days at least 1");
    }
    PrintWriter progress = spec.commandLine().getErr();
    for (String folder : WORK_FOLDERS) {
      deleteTree(work.resolve(folder));
    }
    FugongSettings settings = FugongSettings.resolve(null, System.getenv(), Map.of());
    SparkSession spark =
        SparkSessions.create(
            settings.master(), "fugong bench", settings.sparkConfiguration(), BenchCommand.class);
    try {
      String markdown = measure(spark, progress);
      Path target = report == null ? work.resolve("bench.md") : report;
      Files.writeString(target, markdown, StandardCharsets.UTF_8);
      PrintWriter out = spec.commandLine().getOut();
      out.print(markdown);
      out.flush();
      progress.println("bench: findings written to " + target);
      progress.flush();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private String measure(SparkSession spark, PrintWriter progress)
      throws IOException, SQLException {
    int cores = spark.sparkContext().defaultParallelism();
    MetricsBenchmark.Settings duckdb =
        new MetricsBenchmark.Settings(cores, duckdbMemoryLimit, work.resolve("duckdb-spill"));
    IngestBenchmark.Result ingest =
        new IngestBenchmark(spark, work.resolve("ingest"), progress)
            .run(ingestEnterprises, ingestDays);
    say(
        progress,
        "ingest: %,d rows read in %.1f s = %,.0f rows/s",
        ingest.ingest().rowsRead(),
        ingest.seconds(),
        ingest.rowsPerSecond());
    for (var timing : ingest.ingest().timings()) {
      say(progress, "  %s: %.1f s", timing.stage(), timing.milliseconds() / 1000.0);
    }
    say(
        progress,
        "anchors: DuckDB read_csv → Parquet %,d rows in %.1f s; Spark's CSV reader → Parquet %,d"
            + " rows in %.1f s",
        ingest.duckdb().rows(),
        ingest.duckdb().seconds(),
        ingest.spark().rows(),
        ingest.spark().seconds());

    LakeReplication replication = new LakeReplication(spark);
    LakeShape base = replication.shape(ingest.out());
    MetricsBenchmark metrics = new MetricsBenchmark(spark, duckdb);
    say(progress, "warm-up: metrics on the ingested lake with both engines (not timed)");
    metrics.measure(ingest.out(), work.resolve("duckdb-out").resolve("warm-up"));

    List<BenchReport.MeasuredLake> lakes = new ArrayList<>();
    for (long size : sizes) {
      Factors factors = Factors.forRows(size, base.enterpriseDays());
      String out = ingest.out();
      LakeShape shape = base;
      double setupSeconds = 0;
      if (!factors.isIdentity()) {
        out = work.resolve("lakes").resolve(Long.toString(size)).toString();
        deleteTree(Path.of(out));
        say(
            progress,
            "replicating the ingested lake × %d enterprises × %d periods into %s (not timed)",
            factors.enterpriseCopies(),
            factors.periodCopies(),
            out);
        long started = System.nanoTime();
        replication.replicate(ingest.out(), out, factors);
        setupSeconds = (System.nanoTime() - started) / 1e9;
        shape = replication.shape(out);
      }
      String load = MachineLoad.oneMinute();
      say(
          progress,
          "measuring the metrics on %,d enterprise-days (load average %s)",
          shape.enterpriseDays(),
          load);
      MetricsBenchmark.Result result =
          metrics.measure(out, work.resolve("duckdb-out").resolve(Long.toString(size)));
      say(
          progress,
          "%,d enterprise-days: Spark %.1f s (comparable tables %.1f s), DuckDB %.1f s",
          shape.enterpriseDays(),
          result.sparkSeconds(),
          result.sparkComparableSeconds(),
          result.duckdbSeconds());
      lakes.add(
          new BenchReport.MeasuredLake(
              size, factors, shape, inputBytes(spark, out), setupSeconds, load, result));
    }
    BenchReport.Setup setup =
        new BenchReport.Setup(
            spark.version(),
            spark.sparkContext().master(),
            cores,
            Runtime.getRuntime().maxMemory(),
            duckdbVersion(),
            duckdb);
    return new BenchReport(setup, ingest, lakes).render();
  }

  private static void say(PrintWriter progress, String format, Object... values) {
    progress.println("bench: " + String.format(Locale.ROOT, format, values));
    progress.flush();
  }

  /** Bytes of the published versions of the tables the metrics read. */
  private static long inputBytes(SparkSession spark, String out) throws IOException {
    PublishedState published = new Lake(spark, out).published();
    long bytes = 0;
    for (var table : DuckDbMetrics.INPUT_TABLES) {
      Path folder = Path.of(out).resolve(published.location(table).orElseThrow());
      try (Stream<Path> files = Files.walk(folder)) {
        bytes += files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
      }
    }
    return bytes;
  }

  private static String duckdbVersion() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT version()")) {
      result.next();
      return result.getString(1);
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
