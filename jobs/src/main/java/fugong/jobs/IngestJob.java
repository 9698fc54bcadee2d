package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import fugong.ingest.InboxLimits;
import fugong.ingest.SubmissionValidator;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxListing;
import fugong.ingest.spark.InboxParser;
import fugong.ingest.spark.IngestTables;
import fugong.ingest.spark.MeterFileRows;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.lake.ReferenceTables;
import fugong.power.PowerFileValidator;
import fugong.reference.PowerBaseline;
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
 *
 * <p>The meter files of the county power supply companies (DOMAIN.md §3.2, {@code INBOX/power} or
 * the folder given) go the same way into their own tables ({@code power_files}, {@code
 * meter_readings}, {@code power_quarantine}); {@code power_baselines} is the reference's {@code
 * power_baseline.csv} of this run (empty without one).
 */
public final class IngestJob {
  /** The units of the counts this job reports: files parsed of the inbox's, tables written. */
  public static final String FILES = "files";

  public static final String TABLES = "tables";

  /** The unit of the meter files parsed (counted apart from the submission files). */
  public static final String METER_FILES = "meter files";

  private static final String JOB = "ingest";

  /**
   * What to ingest and where, and the limits each inbox file is read under. {@code runId} labels
   * every row written. {@code power} is the folder of meter files (DOMAIN.md §3.2): null means
   * {@code INBOX/power}, which may be absent (no meter data); a folder given must exist.
   */
  public record Config(
      String inbox,
      Path reference,
      String out,
      String runId,
      Instant startedAt,
      InboxLimits limits,
      String power) {
    public Config {
      requireNonNull(inbox, "inbox is null");
      requireNonNull(reference, "reference is null");
      requireNonNull(out, "out is null");
      requireNonNull(runId, "runId is null");
      requireNonNull(startedAt, "startedAt is null");
      requireNonNull(limits, "limits is null");
    }

    /** Meter files, if any, in {@code INBOX/power}. */
    public Config(
        String inbox,
        Path reference,
        String out,
        String runId,
        Instant startedAt,
        InboxLimits limits) {
      this(inbox, reference, out, runId, startedAt, limits, null);
    }

    /** The folder the meter files are listed in: {@code power}, or {@code INBOX/power}. */
    public String powerFolder() {
      return power != null ? power : defaultPowerFolder(inbox);
    }

    /** {@code INBOX/power}. */
    public static String defaultPowerFolder(String inbox) {
      return (inbox.endsWith("/") ? inbox : inbox + "/") + POWER_FOLDER;
    }
  }

  /** The sub-folder of the inbox that holds the meter files by default. */
  public static final String POWER_FOLDER = "power";

  /**
   * What the run did: the reconciliation per submission file and per meter file, the folder the
   * meter files were listed in (null: there was none), the published state, timings.
   */
  public record Result(
      List<FileSummary> files,
      List<FileSummary> meterFiles,
      String meterFolder,
      Map<LakeTable, String> locations,
      List<StageTiming> timings) {
    /** Table name to the version folder written, for the run manifest. */
    public Map<String, String> outputs() {
      Map<String, String> outputs = new TreeMap<>();
      locations.forEach((table, location) -> outputs.put(table.tableName(), location));
      return outputs;
    }

    /** The same run with other table locations and timings (after the metrics are staged). */
    public Result with(Map<LakeTable, String> newLocations, List<StageTiming> newTimings) {
      return new Result(files, meterFiles, meterFolder, newLocations, newTimings);
    }

    public List<FileSummary> newFiles() {
      return FileSummary.newFiles(files);
    }

    /** The meter files new to the lake. */
    public List<FileSummary> newMeterFiles() {
      return FileSummary.newFiles(meterFiles);
    }

    /** The reconciliation sums of the new submission files. */
    public FileSummary.Totals totals() {
      return FileSummary.Totals.of(newFiles());
    }

    /** The reconciliation sums of the new meter files. */
    public FileSummary.Totals meterTotals() {
      return FileSummary.Totals.of(newMeterFiles());
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

    /**
     * True when some new submission or meter file was rejected or some new row of either
     * quarantined (exit code 1).
     */
    public boolean hasRejections() {
      return java.util.stream.Stream.concat(newFiles().stream(), newMeterFiles().stream())
          .anyMatch(file -> file.rejected() || file.rowsQuarantined() > 0);
    }
  }

  /** The inputs listed on the driver. {@code meterFiles} is null when there is no meter folder. */
  private record Inputs(
      ReferenceData reference,
      List<PowerBaseline> baselines,
      List<InboxFile> inbox,
      List<InboxFile> meterFiles) {}

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
    Inputs inputs = timer.time("list inbox and load reference", this::listInputs);
    ReferenceData reference = inputs.reference();
    List<InboxFile> inbox = inputs.inbox();
    List<InboxFile> meter = inputs.meterFiles() == null ? List.of() : inputs.meterFiles();
    Set<String> known =
        SparkJobs.describe(
            spark,
            JOB,
            "known files",
            () -> IngestTables.knownFiles(lake.read(LakeTable.FILES, base)));
    Set<String> knownMeter =
        meter.isEmpty()
            ? Set.of()
            : SparkJobs.describe(
                spark,
                JOB,
                "known meter files",
                () -> IngestTables.knownFiles(lake.read(LakeTable.POWER_FILES, base)));
    counts.total(FILES, inbox.size());
    if (!meter.isEmpty()) {
      counts.total(METER_FILES, meter.size());
    }
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
    Dataset<Row> parsedMeter =
        InboxParser.parse(
                spark,
                meter,
                MeterFileRows.reading(
                    new PowerFileValidator(reference, config.limits().sheetLimits()),
                    config.limits().maxFileBytes()),
                knownMeter,
                config.runId(),
                config.startedAt(),
                METER_FILES)
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
      List<FileSummary> parsedMeterFiles =
          meter.isEmpty()
              ? List.of()
              : timer.time(
                  "parse and validate " + meter.size() + " meter files",
                  () ->
                      SparkJobs.describe(
                          spark,
                          JOB,
                          "parse, validate and reconcile meter files",
                          () -> FileSummary.requireIdentity(IngestTables.summaries(parsedMeter))));
      counts.done(FILES, inbox.size());
      if (!meter.isEmpty()) {
        counts.done(METER_FILES, meter.size());
      }

      Map<LakeTable, Dataset<Row>> tables =
          IngestTables.fileTables(parsed, table -> lake.read(table, base));
      tables.putAll(IngestTables.meterTables(parsedMeter, table -> lake.read(table, base)));
      tables.putAll(ReferenceTables.of(spark, reference));
      tables.put(
          LakeTable.POWER_BASELINES,
          ReferenceTables.powerBaselines(
              spark, inputs.baselines() == null ? List.of() : inputs.baselines()));
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

      List<FileSummary> summaries =
          markCurrent(parsedFiles, LakeTable.FILES, locations, "current files");
      List<FileSummary> meterSummaries =
          meter.isEmpty()
              ? List.of()
              : markCurrent(
                  parsedMeterFiles, LakeTable.POWER_FILES, locations, "current meter files");
      return new Result(
          summaries,
          meterSummaries,
          inputs.meterFiles() == null ? null : config.powerFolder(),
          locations,
          timer.timings());
    } finally {
      parsed.unpersist();
      parsedMeter.unpersist();
    }
  }

  /**
   * Lists the inbox and the meter folder, loads the reference data and the optional meter
   * baselines.
   */
  private Inputs listInputs() {
    ReferenceData reference = ReferenceLoader.load(config.reference());
    List<PowerBaseline> baselines =
        ReferenceLoader.loadPowerBaselineRows(config.reference(), reference).orElse(null);
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Instant now = Instant.now();
    List<InboxFile> inbox = InboxListing.list(config.inbox(), hadoop, config.limits(), now).files();
    List<InboxFile> meter =
        config.power() != null
            ? InboxListing.list(config.power(), hadoop, config.limits(), now).files()
            : InboxListing.listIfPresent(config.powerFolder(), hadoop, config.limits(), now)
                .map(InboxListing.Listing::files)
                .orElse(null);
    return new Inputs(reference, baselines, inbox, meter);
  }

  /** The lines of {@code files} with whether each is its county-date's current version. */
  private List<FileSummary> markCurrent(
      List<FileSummary> files,
      LakeTable table,
      Map<LakeTable, String> locations,
      String description) {
    Set<String> current = new HashSet<>();
    SparkJobs.describe(
            spark,
            JOB,
            description,
            () ->
                lake.readLocation(table, locations.get(table))
                    .where(col("is_current"))
                    .select("source_file")
                    .collectAsList())
        .forEach(row -> current.add(row.getString(0)));
    return files.stream()
        .map(file -> file.withCurrent(current.contains(file.sourceFile())))
        .toList();
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
