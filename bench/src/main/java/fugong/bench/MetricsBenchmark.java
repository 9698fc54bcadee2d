package fugong.bench;

import static java.util.Objects.requireNonNull;

import fugong.catalog.LakeViews;
import fugong.jobs.MetricsJob;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.metrics.MetricSettings;
import fugong.run.RunIds;
import fugong.run.StageTiming;
import fugong.testing.DuckDbMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Times the metrics stage of one published lake with both engines, on the same Parquet files: first
 * Spark's {@link MetricsJob} as a nightly run calls it ({@code stage}: every metric table computed
 * and written as a new, unpublished version), then the DuckDB SQL of {@link DuckDbMetrics} in the
 * same process — an in-memory database with {@code threads} = Spark's cores, the given memory limit
 * and spill folder, views over the published files, the script, and its tables written back to
 * Parquet. DuckDB's time runs from creating the views to the last file written. Afterwards the rows
 * each engine wrote are counted (not timed) for the tables both compute.
 */
public final class MetricsBenchmark {
  /** The prefix of {@code MetricsJob}'s per-table timings ({@code "metrics: county_daily"}). */
  private static final String TIMING_PREFIX = "metrics: ";

  /** The tables both engines compute: the Spark time of these is the like-for-like comparison. */
  public static final List<LakeTable> COMPARABLE_TABLES =
      List.copyOf(DuckDbMetrics.OUTPUT_TABLES.values());

  /**
   * The stages of {@code MetricsJob.Result.timings()} (without "metrics: ") that make the
   * comparable time.
   */
  public static final List<String> COMPARABLE_STAGES =
      List.of(
          LakeTable.DIFFICULTY_CASES.tableName(),
          LakeTable.ENTERPRISE_DAILY.tableName(),
          "unit sums",
          MetricsJob.UNIT_TABLES_STAGE.substring(TIMING_PREFIX.length()));

  /**
   * DuckDB's resources: threads (Spark's cores), memory limit (e.g. 6GB) and the folder it spills
   * to.
   */
  public record Settings(int threads, String memoryLimit, Path spillFolder) {
    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      requireNonNull(memoryLimit, "memoryLimit is null");
      requireNonNull(spillFolder, "spillFolder is null");
    }
  }

  /**
   * One lake measured: Spark's whole stage and its per-table times (milliseconds, by table name, in
   * the order written), DuckDB's SQL and write times, the memory DuckDB held once the script had
   * run (its tables) and what of it was spilled to disk, and the rows each engine wrote per
   * comparable table ({@code [spark, duckdb]}).
   */
  public record Result(
      double sparkSeconds,
      Map<String, Long> sparkTableMilliseconds,
      double duckdbSqlSeconds,
      double duckdbWriteSeconds,
      long duckdbMemoryBytes,
      long duckdbSpilledBytes,
      Map<LakeTable, long[]> rowsWritten) {
    public double duckdbSeconds() {
      return duckdbSqlSeconds + duckdbWriteSeconds;
    }

    /**
     * Spark's time for the {@link #COMPARABLE_TABLES}: its {@link #COMPARABLE_STAGES}, one after
     * the other (the unit tables are written side by side, so their own timings overlap; the
     * group's wall time counts, including industry and scale, which DuckDB does not compute).
     */
    public double sparkComparableSeconds() {
      return COMPARABLE_STAGES.stream()
              .mapToLong(stage -> sparkTableMilliseconds.getOrDefault(stage, 0L))
              .sum()
          / 1000.0;
    }
  }

  private final SparkSession spark;
  private final Settings settings;

  public MetricsBenchmark(SparkSession spark, Settings settings) {
    this.spark = requireNonNull(spark, "spark is null");
    this.settings = requireNonNull(settings, "settings is null");
  }

  /**
   * Measures the lake under {@code out}; DuckDB writes its tables under {@code duckdbOutput} (must
   * not exist yet).
   */
  public Result measure(String out, Path duckdbOutput) throws IOException, SQLException {
    PublishedState published = new Lake(spark, out).published();
    String script = DuckDbMetrics.script();

    System.gc();
    long sparkStarted = System.nanoTime();
    MetricsJob.Result sparkResult =
        new MetricsJob(
                spark,
                new MetricsJob.Config(
                    out, null, null, MetricSettings.defaults(), RunIds.next(Instant.now())))
            .stage(published);
    double sparkSeconds = seconds(sparkStarted, System.nanoTime());
    Map<String, Long> tableMilliseconds = new LinkedHashMap<>();
    for (StageTiming timing : sparkResult.timings()) {
      tableMilliseconds.put(
          timing.stage().startsWith(TIMING_PREFIX)
              ? timing.stage().substring(TIMING_PREFIX.length())
              : timing.stage(),
          timing.milliseconds());
    }

    System.gc();
    double sqlSeconds;
    double writeSeconds;
    long[] memory;
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      configure(duckdb);
      long started = System.nanoTime();
      DuckDbMetrics.createInputViews(duckdb, Path.of(out), published);
      DuckDbMetrics.runScript(duckdb, script);
      long computed = System.nanoTime();
      DuckDbMetrics.writeOutputs(duckdb, duckdbOutput);
      long written = System.nanoTime();
      sqlSeconds = seconds(started, computed);
      writeSeconds = seconds(computed, written);
      memory = memory(duckdb);
    }

    Map<LakeTable, long[]> rows = new LinkedHashMap<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (LakeTable table : COMPARABLE_TABLES) {
        Path sparkFolder = Path.of(out).resolve(sparkResult.locations().get(table));
        rows.put(
            table,
            new long[] {
              parquetRows(duckdb, sparkFolder),
              parquetRows(duckdb, duckdbOutput.resolve(table.tableName()))
            });
      }
    }
    return new Result(
        sparkSeconds, tableMilliseconds, sqlSeconds, writeSeconds, memory[0], memory[1], rows);
  }

  private void configure(Connection duckdb) throws SQLException, IOException {
    Files.createDirectories(settings.spillFolder());
    try (Statement statement = duckdb.createStatement()) {
      statement.execute("SET threads = " + settings.threads());
      statement.execute("SET memory_limit = " + LakeViews.literal(settings.memoryLimit()));
      statement.execute(
          "SET temp_directory = "
              + LakeViews.literal(settings.spillFolder().toAbsolutePath().toString()));
    }
  }

  /**
   * DuckDB's memory in use and its temporary storage on disk, in bytes ({@code duckdb_memory()}).
   */
  private static long[] memory(Connection duckdb) throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT CAST(sum(memory_usage_bytes) AS BIGINT), CAST(sum(temporary_storage_bytes)"
                    + " AS BIGINT) FROM duckdb_memory()")) {
      result.next();
      return new long[] {result.getLong(1), result.getLong(2)};
    }
  }

  /**
   * Rows in every Parquet file under a folder (0 when it has none: Spark writes no file for an
   * empty table).
   */
  static long parquetRows(Connection duckdb, Path folder) throws SQLException, IOException {
    boolean hasFiles;
    try (Stream<Path> files = Files.walk(folder)) {
      hasFiles = files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    }
    if (!hasFiles) {
      return 0;
    }
    try (Statement statement = duckdb.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*) FROM read_parquet("
                    + LakeViews.literal(folder.toAbsolutePath() + "/**/*.parquet")
                    + ")")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static double seconds(long startedNanos, long endedNanos) {
    return (endedNanos - startedNanos) / 1e9;
  }
}
