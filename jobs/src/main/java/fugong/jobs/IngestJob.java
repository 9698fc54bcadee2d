package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import fugong.ingest.InboxLimits;
import fugong.ingest.SubmissionValidator;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxListing;
import fugong.ingest.spark.InboxParser;
import fugong.ingest.spark.IngestTables;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.lake.ReferenceTables;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import fugong.run.FileSummary;
import fugong.run.ProgressCounts;
import fugong.run.StageTimer;
import fugong.run.StageTiming;
import fugong.spark.ConcurrentJobs;
import fugong.spark.SparkJobs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Ingests an inbox of county submission files into the lake (DOMAIN.md §3).
 *
 * <p>Steps: list the inbox on the driver (metadata only) and load the reference data; parse and
 * validate each file on an executor ({@link InboxParser}); reconcile rows read = accepted +
 * quarantined + collapsed for every file, failing the run otherwise; build each table's new version
 * from the published one plus the new files, keeping only the current version of each county-date
 * ({@link IngestTables}); write them, and publish all tables at once. Files already ingested (same
 * name and content) change nothing. Nothing is visible to readers until the publish step.
 */
public final class IngestJob {
  /** The units of the counts this job reports: files parsed of the inbox's, tables written. */
  public static final String FILES = "files";

  public static final String TABLES = "tables";

  private static final String JOB = "ingest";

  /**
   * What to ingest and where, and the limits each inbox file is read under. {@code runId} labels
   * every row written.
   */
  public record Config(
      String inbox,
      Path reference,
      String out,
      String runId,
      Instant startedAt,
      InboxLimits limits) {
    public Config {
      requireNonNull(inbox, "inbox is null");
      requireNonNull(reference, "reference is null");
      requireNonNull(out, "out is null");
      requireNonNull(runId, "runId is null");
      requireNonNull(startedAt, "startedAt is null");
      requireNonNull(limits, "limits is null");
    }
  }

  /** What the run did: the reconciliation per file, the published state, timings. */
  public record Result(
      List<FileSummary> files, Map<LakeTable, String> locations, List<StageTiming> timings) {
    /** Table name to the version folder written, for the run manifest. */
    public Map<String, String> outputs() {
      Map<String, String> outputs = new TreeMap<>();
      locations.forEach((table, location) -> outputs.put(table.tableName(), location));
      return outputs;
    }

    public List<FileSummary> newFiles() {
      return FileSummary.newFiles(files);
    }

    /** The reconciliation sums of the new files. */
    public FileSummary.Totals totals() {
      return FileSummary.Totals.of(newFiles());
    }

    public long rowsRead() {
      return totals().rowsRead();
    }

    public long rowsAccepted() {
      return totals().rowsAccepted();
    }

    public long rowsQuarantined() {
      return totals().rowsQuarantined();
    }

    public long duplicatesCollapsed() {
      return totals().duplicatesCollapsed();
    }

    /** True when some new file was rejected or some new row quarantined (exit code 1). */
    public boolean hasRejections() {
      return newFiles().stream().anyMatch(file -> file.rejected() || file.rowsQuarantined() > 0);
    }
  }

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;
  private final StageTimer timer = new StageTimer();
  private ProgressCounts counts = ProgressCounts.NONE;

  public IngestJob(SparkSession spark, Config config) {
    this.spark = requireNonNull(spark, "spark is null");
    this.config = requireNonNull(config, "config is null");
    this.lake = new Lake(spark, config.out());
  }

  /** Reports files parsed and tables written to {@code counts} as the job goes. */
  public IngestJob withProgress(ProgressCounts counts) {
    this.counts = requireNonNull(counts, "counts is null");
    return this;
  }

  /** Ingests and publishes the new table versions at once. */
  public Result run() {
    Result result = stage(lake.published());
    lake.publish(config.runId(), result.locations());
    lake.removeUnpublished();
    return result;
  }

  /**
   * Ingests on top of {@code base} (normally the published state) and writes each table's new
   * version, but publishes nothing: the caller publishes this run's tables together.
   */
  public Result stage(PublishedState base) {
    Map.Entry<ReferenceData, List<InboxFile>> inputs =
        timer.time(
            "list inbox and load reference",
            () ->
                Map.entry(
                    ReferenceLoader.load(config.reference()),
                    InboxListing.list(
                            config.inbox(),
                            spark.sparkContext().hadoopConfiguration(),
                            config.limits(),
                            Instant.now())
                        .files()));
    ReferenceData reference = inputs.getKey();
    List<InboxFile> inbox = inputs.getValue();
    Set<String> known =
        SparkJobs.describe(
            spark,
            JOB,
            "known files",
            () -> IngestTables.knownFiles(lake.read(LakeTable.FILES, base)));
    counts.total(FILES, inbox.size());
    Dataset<Row> parsed =
        InboxParser.parse(
                spark,
                inbox,
                new SubmissionValidator(reference, config.limits()),
                known,
                config.runId(),
                config.startedAt(),
                FILES)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<FileSummary> parsedFiles =
          timer.time(
              "parse and validate " + inbox.size() + " files",
              () ->
                  SparkJobs.describe(
                      spark,
                      JOB,
                      "parse, validate and reconcile files",
                      () -> FileSummary.requireIdentity(IngestTables.summaries(parsed))));
      counts.done(FILES, inbox.size());

      Map<LakeTable, Dataset<Row>> tables =
          IngestTables.fileTables(parsed, table -> lake.read(table, base));
      tables.putAll(ReferenceTables.of(spark, reference));
      tables.put(
          LakeTable.RUNS,
          IngestTables.runs(
              spark,
              lake.read(LakeTable.RUNS, base),
              config.runId(),
              config.startedAt(),
              Instant.now(),
              parsedFiles));
      Map<LakeTable, String> locations = timer.time("write lake tables", () -> writeLake(tables));

      Set<String> current = new HashSet<>();
      SparkJobs.describe(
              spark,
              JOB,
              "current files",
              () ->
                  lake.readLocation(LakeTable.FILES, locations.get(LakeTable.FILES))
                      .where(col("is_current"))
                      .select("source_file")
                      .collectAsList())
          .forEach(row -> current.add(row.getString(0)));
      List<FileSummary> summaries =
          parsedFiles.stream()
              .map(file -> file.withCurrent(current.contains(file.sourceFile())))
              .toList();
      return new Result(summaries, locations, timer.timings());
    } finally {
      parsed.unpersist();
    }
  }

  /**
   * Writes every table's new version side by side (most of a small write is planning and committing
   * files).
   */
  private Map<LakeTable, String> writeLake(Map<LakeTable, Dataset<Row>> tables) {
    counts.total(TABLES, tables.size());
    return new EnumMap<>(
        ConcurrentJobs.run(
            List.copyOf(tables.keySet()),
            table -> {
              StageTimer.Timed<String> written =
                  StageTimer.measure(
                      () ->
                          SparkJobs.describe(
                              spark,
                              JOB,
                              table.tableName(),
                              () ->
                                  lake.write(
                                      table,
                                      tables.get(table),
                                      config.runId(),
                                      LakeSortOrder.of(table))));
              counts.advance(TABLES);
              counts.detail(
                  "  wrote " + table.tableName() + " (" + written.milliseconds() + " ms)");
              return written.value();
            }));
  }
}
