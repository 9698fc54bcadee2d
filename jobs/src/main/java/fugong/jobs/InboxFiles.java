package fugong.jobs;

import static org.apache.spark.sql.functions.col;

import fugong.ingest.InboxLimits;
import fugong.ingest.SubmissionValidator;
import fugong.ingest.spark.FileReading;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxParser;
import fugong.ingest.spark.IngestTables;
import fugong.ingest.spark.KnownFiles;
import fugong.ingest.spark.MeterFileRows;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.power.PowerFileValidator;
import fugong.reference.ReferenceData;
import fugong.run.FileSummary;
import fugong.run.ProgressCounts;
import fugong.run.StageTimer;
import fugong.spark.SparkJobs;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One kind of inbox file (submission files, meter files) through the ingest's steps, which the job
 * takes for every kind in turn: the files already in the kind's files table, parsing and validating
 * the new ones, reconciling each file's rows (failing the run otherwise), and marking each file's
 * county-date's current version. The steps are named, timed and counted after {@code unit}. An
 * optional kind without files skips every step but the (empty) parse.
 */
final class InboxFiles {
  private final SparkSession spark;
  private final Lake lake;
  private final StageTimer timer;
  private final ProgressCounts counts;
  private final String job;
  private final List<InboxFile> files;
  private final LakeTable table;
  private final String unit;
  private final boolean skipped;
  private final FileReading<?> reading;
  private KnownFiles known = KnownFiles.none();
  private Dataset<Row> parsed;
  private List<FileSummary> summaries = List.of();

  /** The county submission files of the inbox. */
  static InboxFiles submissions(
      LakeJob<?, ?> ingest, List<InboxFile> files, ReferenceData reference, InboxLimits limits) {
    FileReading<?> reading = InboxParser.reading(new SubmissionValidator(reference, limits));
    return new InboxFiles(ingest, files, LakeTable.FILES, IngestJob.FILES, false, reading);
  }

  /** The meter files of the county power supply companies (DOMAIN.md §3.2), if any. */
  static InboxFiles meterFiles(
      LakeJob<?, ?> ingest, List<InboxFile> files, ReferenceData reference, InboxLimits limits) {
    FileReading<?> reading =
        MeterFileRows.reading(
            new PowerFileValidator(reference, limits.sheetLimits()), limits.maxFileBytes());
    return new InboxFiles(
        ingest, files, LakeTable.POWER_FILES, IngestJob.METER_FILES, true, reading);
  }

  private InboxFiles(
      LakeJob<?, ?> ingest,
      List<InboxFile> files,
      LakeTable table,
      String unit,
      boolean optional,
      FileReading<?> reading) {
    this.spark = ingest.spark;
    this.lake = ingest.lake;
    this.timer = ingest.timer;
    this.counts = ingest.counts;
    this.job = ingest.job;
    this.files = files;
    this.table = table;
    this.unit = unit;
    this.skipped = optional && files.isEmpty();
    this.reading = reading;
  }

  /**
   * Reads which files the lake already holds (name and content; name, size and modification time
   * unless {@code rehash}).
   */
  void findKnown(PublishedState base, boolean rehash) {
    if (!skipped) {
      known =
          SparkJobs.describe(
              spark,
              job,
              "known " + unit,
              () -> IngestTables.knownFiles(lake.read(table, base), rehash));
    }
  }

  void countTotal() {
    if (!skipped) {
      counts.total(unit, files.size());
    }
  }

  /**
   * The heap below which parsed rows are kept on local disk rather than in memory ({@link #parse}).
   */
  static final long SMALL_HEAP_BYTES = 4L << 30;

  /**
   * The new files' parsed rows (lazy, kept once computed), labelled {@code runId}. They are kept in
   * memory (spilling to disk) when the heap is at least {@link #SMALL_HEAP_BYTES}, as with the
   * JVM's default heap on a machine of 16 GB or more; with a smaller heap only on local disk: there
   * the validator's outcome of a big file being parsed, which Spark does not account for, leaves no
   * room for its rows as well (a 200,000-row file in a 1.2 GB heap). Disk costs time: every table
   * written reads the rows back.
   */
  Dataset<Row> parse(String runId, Instant ingestedAt) {
    StorageLevel level =
        Runtime.getRuntime().maxMemory() >= SMALL_HEAP_BYTES
            ? StorageLevel.MEMORY_AND_DISK()
            : StorageLevel.DISK_ONLY();
    parsed =
        InboxParser.parse(spark, files, reading, known, runId, ingestedAt, unit).persist(level);
    return parsed;
  }

  /** Parses and validates the files and reconciles each one's rows. */
  List<FileSummary> reconcile() {
    if (!skipped) {
      summaries =
          timer.time(
              "parse and validate " + files.size() + " " + unit,
              () ->
                  SparkJobs.describe(
                      spark,
                      job,
                      "parse, validate and reconcile " + unit,
                      () -> FileSummary.requireIdentity(IngestTables.summaries(parsed))));
    }
    return summaries;
  }

  void countDone() {
    if (!skipped) {
      counts.done(unit, files.size());
    }
  }

  /** The reconciled files with whether each is its county-date's current version once written. */
  List<FileSummary> markCurrent(Map<LakeTable, String> locations) {
    if (skipped) {
      return List.of();
    }
    Set<String> current = new HashSet<>();
    SparkJobs.describe(
            spark,
            job,
            "current " + unit,
            () ->
                lake.readLocation(table, locations.get(table))
                    .where(col("is_current"))
                    .select("source_file")
                    .collectAsList())
        .forEach(row -> current.add(row.getString(0)));
    return summaries.stream()
        .map(file -> file.withCurrent(current.contains(file.sourceFile())))
        .toList();
  }

  void unpersist() {
    if (parsed != null) {
      parsed.unpersist();
    }
  }
}
