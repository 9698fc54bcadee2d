package fugong.jobs;

import static java.util.Objects.requireNonNull;

import fugong.ingest.InboxLimits;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxParser;
import fugong.ingest.spark.IngestTables;
import fugong.lake.KeptFiles;
import fugong.lake.Lake;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.lake.ReferenceTables;
import fugong.reference.ReferenceData;
import fugong.run.FileSummary;
import fugong.run.ProgressCounts;
import fugong.run.StageTiming;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

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
public final class IngestJob extends LakeJob<IngestJob.Config, IngestJob.Result> {
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
      String power,
      boolean rehash)
      implements LakeJob.Settings {
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

    /** Files that look unchanged (name, size, modification time) are not read again. */
    public Config(
        String inbox,
        Path reference,
        String out,
        String runId,
        Instant startedAt,
        InboxLimits limits,
        String power) {
      this(inbox, reference, out, runId, startedAt, limits, power, false);
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
   * meter files were listed in (null: there was none), how many meter files there were left for the
   * next run (still being written), the published state, timings.
   */
  public record Result(
      List<FileSummary> files,
      List<FileSummary> meterFiles,
      String meterFolder,
      int meterFilesDeferred,
      Map<LakeTable, String> locations,
      List<StageTiming> timings)
      implements IngestReconciliation, LakeJob.Written {
    /** Table name to the version folder written, for the run manifest. */
    public Map<String, String> outputs() {
      Map<String, String> outputs = new TreeMap<>();
      locations.forEach((table, location) -> outputs.put(table.tableName(), location));
      return outputs;
    }

    /** The same run with other table locations and timings (after the metrics are staged). */
    public Result with(Map<LakeTable, String> newLocations, List<StageTiming> newTimings) {
      return new Result(
          files, meterFiles, meterFolder, meterFilesDeferred, newLocations, newTimings);
    }
  }

  public IngestJob(SparkSession spark, Config config) {
    super(JOB, spark, config);
  }

  /** Reports files parsed and tables written to {@code counts} as the job goes. */
  public IngestJob withProgress(ProgressCounts counts) {
    reportTo(counts);
    return this;
  }

  @Override
  public Result stage(PublishedState base) {
    IngestInputs inputs =
        timer.time("list inbox and load reference", () -> IngestInputs.list(spark, config));
    ReferenceData reference = inputs.reference();
    List<InboxFile> meter = inputs.meterFiles() == null ? List.of() : inputs.meterFiles();
    InboxFiles submissions =
        InboxFiles.submissions(this, inputs.inbox(), reference, config.limits());
    InboxFiles meterFiles = InboxFiles.meterFiles(this, meter, reference, config.limits());
    List<InboxFiles> kinds = List.of(submissions, meterFiles);
    kinds.forEach(kind -> kind.findKnown(base, config.rehash()));
    kinds.forEach(InboxFiles::countTotal);
    Dataset<Row> parsed = submissions.parse(config.runId(), config.startedAt());
    Dataset<Row> parsedMeter = meterFiles.parse(config.runId(), config.startedAt());
    try {
      List<FileSummary> parsedFiles = submissions.reconcile();
      List<FileSummary> parsedMeterFiles = meterFiles.reconcile();
      kinds.forEach(InboxFiles::countDone);

      Map<LakeTable, KeptFiles> kept = keptFiles(base, parsedFiles, parsedMeterFiles);
      Function<LakeTable, Dataset<Row>> published =
          table -> lake.read(table, base).where(kept.get(table).written());
      Map<LakeTable, Dataset<Row>> tables = IngestTables.fileTables(parsed, published);
      tables.putAll(IngestTables.meterTables(parsedMeter, published));
      ReferenceTables referenceTables =
          ReferenceTables.of(
              reference, inputs.baselines() == null ? List.of() : inputs.baselines());
      for (LakeTable table : ReferenceTables.TABLES) {
        if (!unchanged(base, table, referenceTables.fingerprint(table))) {
          tables.put(table, referenceTables.rows(spark, table));
        }
      }
      tables.put(
          LakeTable.RUNS,
          IngestTables.runs(spark, config.runId(), config.startedAt(), Instant.now(), parsedFiles));
      Map<LakeTable, String> locations =
          timer.time("write lake tables", () -> writeLake(tables, kept, referenceTables));
      return new Result(
          submissions.markCurrent(locations),
          meterFiles.markCurrent(locations),
          inputs.meterFiles() == null ? null : config.powerFolder(),
          inputs.meterFilesDeferred(),
          locations,
          timer.timings());
    } finally {
      kinds.forEach(InboxFiles::unpersist);
    }
  }

  /**
   * What each table's new version keeps of {@code base}: all of {@code raw_rows}, {@code contacts}
   * and {@code runs} (they only grow); of the row tables, every report date but those of the new
   * files (whose rows a correction or a late file may change); nothing of the others (written
   * whole).
   */
  private static Map<LakeTable, KeptFiles> keptFiles(
      PublishedState base, List<FileSummary> files, List<FileSummary> meterFiles) {
    Set<LocalDate> dates = reportDates(files);
    Set<LocalDate> meterDates = reportDates(meterFiles);
    Map<LakeTable, KeptFiles> kept = new EnumMap<>(LakeTable.class);
    for (LakeTable table : LakeTable.values()) {
      kept.put(
          table,
          switch (table) {
            case RAW_ROWS, CONTACTS, RUNS -> KeptFiles.all(base.location(table));
            case SUBMISSIONS, QUARANTINE, WARNINGS ->
                KeptFiles.datesOtherThan(base.location(table), dates);
            case METER_READINGS, POWER_QUARANTINE ->
                KeptFiles.datesOtherThan(base.location(table), meterDates);
            default -> KeptFiles.none();
          });
    }
    return kept;
  }

  /** The report dates of the new files (null for a file without one). */
  private static Set<LocalDate> reportDates(List<FileSummary> files) {
    Set<LocalDate> dates = new HashSet<>();
    FileSummary.newFiles(files).forEach(file -> dates.add(file.reportDate()));
    return dates;
  }

  /** Whether {@code base} holds a version of a reference table written from the same rows. */
  private boolean unchanged(PublishedState base, LakeTable table, String fingerprint) {
    return base.location(table)
        .flatMap(location -> lake.fingerprint(location))
        .filter(fingerprint::equals)
        .isPresent();
  }

  /**
   * Writes every table's new version side by side, each beside the files it keeps; a reference
   * table's version records the fingerprint of its rows.
   */
  private Map<LakeTable, String> writeLake(
      Map<LakeTable, Dataset<Row>> tables,
      Map<LakeTable, KeptFiles> kept,
      ReferenceTables reference) {
    counts.total(TABLES, tables.size());
    TableWrites writes = tableWrites(false);
    return new EnumMap<>(
        writes.sideBySide(
            tables.keySet(),
            table ->
                writes.write(
                    table,
                    () -> {
                      String location =
                          lake.write(
                              table,
                              tables.get(table),
                              config.runId(),
                              Lake.Clustering.BY_DATE,
                              kept.get(table),
                              LakeSortOrder.of(table));
                      if (ReferenceTables.TABLES.contains(table)) {
                        lake.writeFingerprint(location, reference.fingerprint(table));
                      }
                      return location;
                    })));
  }
}
