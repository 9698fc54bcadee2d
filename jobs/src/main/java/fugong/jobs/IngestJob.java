package fugong.jobs;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import fugong.ingest.InboxLimits;
import fugong.ingest.SubmissionFileName;
import fugong.ingest.SubmissionValidator;
import fugong.ingest.spark.InboxFile;
import fugong.ingest.spark.InboxFileReader;
import fugong.ingest.spark.InboxListing;
import fugong.ingest.spark.ParsedFileRows;
import fugong.lake.Lake;
import fugong.lake.LakeSchemas;
import fugong.lake.LakeSortOrder;
import fugong.lake.LakeTable;
import fugong.lake.PublishedState;
import fugong.lake.ReferenceTables;
import fugong.reference.ReferenceData;
import fugong.reference.ReferenceLoader;
import fugong.run.FileSummary;
import fugong.run.ProgressCounts;
import fugong.run.RuleVersion;
import fugong.spark.HadoopConfigurationCopy;
import fugong.run.StageTiming;
import fugong.spark.ConcurrentJobs;
import fugong.spark.SparkProgressListener;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Ingests an inbox of county submission files into the lake (DOMAIN.md §3).
 *
 * <p>Steps: {@link #readInbox()} lists files on the driver (metadata only); {@link #parse} reads
 * and validates each file on an executor; {@link #reconcile} checks rows read = accepted +
 * quarantined + collapsed for every file and fails the run otherwise; {@link #files}, {@link
 * #submissions} and friends build each table's new version from the published one plus the new
 * files, keeping only the current version of each county-date; {@link #writeLake} writes them
 * and publishes all tables at once. Files already ingested (same name and content) change
 * nothing. Nothing is visible to readers until the publish step.
 */
public final class IngestJob {
  /** The units of the counts this job reports: files parsed of the inbox's, tables written. */
  public static final String FILES = "files";

  public static final String TABLES = "tables";

  /**
   * What to ingest and where, and the limits each inbox file is read under. {@code runId} labels
   * every row written.
   */
  public record Config(String inbox, Path reference, String out, String runId, Instant startedAt, InboxLimits limits) {
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
  public record Result(List<FileSummary> files, Map<LakeTable, String> locations, List<StageTiming> timings) {
    /** Table name to the version folder written, for the run manifest. */
    public Map<String, String> outputs() {
      Map<String, String> outputs = new java.util.TreeMap<>();
      locations.forEach((table, location) -> outputs.put(table.tableName(), location));
      return outputs;
    }

    public long rowsRead() {
      return newFiles().stream().mapToLong(FileSummary::rowsRead).sum();
    }

    public long rowsAccepted() {
      return newFiles().stream().mapToLong(FileSummary::rowsAccepted).sum();
    }

    public long rowsQuarantined() {
      return newFiles().stream().mapToLong(FileSummary::rowsQuarantined).sum();
    }

    public long duplicatesCollapsed() {
      return newFiles().stream().mapToLong(FileSummary::duplicatesCollapsed).sum();
    }

    public List<FileSummary> newFiles() {
      return files.stream().filter(file -> !file.alreadyIngested()).toList();
    }

    /** True when some new file was rejected or some new row quarantined (exit code 1). */
    public boolean hasRejections() {
      return newFiles().stream().anyMatch(file -> file.rejected() || file.rowsQuarantined() > 0);
    }
  }

  private final SparkSession spark;
  private final Config config;
  private final Lake lake;
  private final List<StageTiming> timings = new ArrayList<>();
  private long stageStarted;
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
    startStage();
    ReferenceData reference = ReferenceLoader.load(config.reference());
    List<InboxFile> inbox = readInbox();
    endStage("list inbox and load reference");

    Dataset<Row> parsed = parse(inbox, reference, knownFiles(base)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<FileSummary> parsedFiles = reconcile(parsed);
      counts.done(FILES, inbox.size());
      endStage("parse and validate " + inbox.size() + " files");

      Dataset<Row> files = files(parsed, base);
      Dataset<Row> currentFiles = files.where(col("is_current")).select("source_file", "source_sha256");
      Map<LakeTable, Dataset<Row>> tables = new EnumMap<>(LakeTable.class);
      tables.put(LakeTable.FILES, files);
      tables.put(LakeTable.RAW_ROWS, lake.read(LakeTable.RAW_ROWS, base).unionByName(exploded(parsed, ParsedFileRows.RAW)));
      tables.put(LakeTable.SUBMISSIONS, current(LakeTable.SUBMISSIONS, base, exploded(parsed, ParsedFileRows.ACCEPTED), currentFiles));
      tables.put(LakeTable.QUARANTINE, current(LakeTable.QUARANTINE, base, exploded(parsed, ParsedFileRows.QUARANTINED), currentFiles));
      tables.put(LakeTable.WARNINGS, current(LakeTable.WARNINGS, base, exploded(parsed, ParsedFileRows.WARNINGS), currentFiles));
      tables.put(LakeTable.CONTACTS, lake.read(LakeTable.CONTACTS, base).unionByName(exploded(parsed, ParsedFileRows.CONTACTS)));
      tables.putAll(ReferenceTables.of(spark, reference));
      tables.put(LakeTable.RUNS, runs(parsedFiles, base));

      Map<LakeTable, String> locations = writeLake(tables);
      endStage("write lake tables");

      Set<String> current = new HashSet<>();
      lake.readLocation(LakeTable.FILES, locations.get(LakeTable.FILES)).where(col("is_current")).select("source_file").collectAsList()
          .forEach(row -> current.add(row.getString(0)));
      List<FileSummary> summaries = new ArrayList<>();
      for (FileSummary file : parsedFiles) {
        summaries.add(withCurrent(file, current.contains(file.sourceFile())));
      }
      return new Result(summaries, locations, List.copyOf(timings));
    } finally {
      parsed.unpersist();
    }
  }

  private void startStage() {
    stageStarted = System.nanoTime();
  }

  private void endStage(String stage) {
    long now = System.nanoTime();
    timings.add(new StageTiming(stage, (now - stageStarted) / 1_000_000));
    stageStarted = now;
  }

  /**
   * Lists the inbox on the driver: names, sizes, arrival times; no contents. Files still being
   * written (the quiet period) are left for the next run with a warning.
   */
  List<InboxFile> readInbox() {
    return InboxListing.list(config.inbox(), spark.sparkContext().hadoopConfiguration(), config.limits(), Instant.now()).files();
  }

  /** {@code name + '\0' + sha256} of every file the published lake already holds. */
  private Set<String> knownFiles(PublishedState base) {
    spark.sparkContext().setJobDescription("read known files");
    Set<String> known = new HashSet<>();
    for (Row row : lake.read(LakeTable.FILES, base).select("source_file", "source_sha256").collectAsList()) {
      known.add(row.getString(0) + '\0' + row.getString(1));
    }
    return known;
  }

  /** Reads and validates every file on the executors: one row per file, its table rows nested. */
  Dataset<Row> parse(List<InboxFile> inbox, ReferenceData reference, Set<String> known) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SubmissionValidator> validator = context.broadcast(new SubmissionValidator(reference, config.limits()));
    Broadcast<Set<String>> knownFiles = context.broadcast(known);
    Broadcast<HadoopConfigurationCopy> hadoop = context.broadcast(new HadoopConfigurationCopy(spark.sparkContext().hadoopConfiguration()));
    String runId = config.runId();
    Instant ingestedAt = config.startedAt();
    int slices = Math.max(1, Math.min(inbox.size(), context.defaultParallelism() * 4));
    counts.total(FILES, inbox.size());
    LongAccumulator filesParsed = spark.sparkContext().longAccumulator(SparkProgressListener.COUNTER_PREFIX + FILES);
    spark.sparkContext().setJobDescription("parse and validate submission files");
    JavaRDD<Row> rows =
        context
            .parallelize(inbox, slices)
            .map(
                file -> {
                  Row row = parseOne(file, validator.value(), knownFiles.value(), hadoop.value().value(), runId, ingestedAt);
                  filesParsed.add(1);
                  return row;
                });
    return spark.createDataFrame(rows, ParsedFileRows.SCHEMA);
  }

  /**
   * Reads and validates one file. Whatever goes wrong with this one file (a refused entry, a name
   * that is no submission's, a cap exceeded, an I/O error, anything thrown while reading it)
   * makes it a rejected file with a reason; the job and the other files go on. An entry that is
   * not read has the SHA-256 of no bytes.
   */
  static Row parseOne(
      InboxFile file, SubmissionValidator validator, Set<String> known, org.apache.hadoop.conf.Configuration hadoopConfiguration, String runId, Instant ingestedAt)
      throws NoSuchAlgorithmException {
    byte[] content = new byte[0];
    FileOutcome outcome;
    if (file.isRefused()) {
      outcome = validator.refused(file.name(), file.refusal(), file.refusalMessage());
    } else if (SubmissionFileName.parse(file.name()).isEmpty()) {
      outcome = validator.validate(file.name(), content); // BAD_FILE_NAME, decided on the name alone
    } else {
      try {
        content = InboxFileReader.read(file, validator.limits().maxFileBytes(), hadoopConfiguration);
        String sha256 = sha256(content);
        if (known.contains(file.name() + '\0' + sha256)) {
          return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
        }
        outcome = validator.validate(file.name(), content);
      } catch (FileRejectedException rejected) {
        outcome = validator.refused(file.name(), rejected.reason(), rejected.getMessage());
      } catch (RuntimeException | StackOverflowError failure) {
        outcome = validator.refused(file.name(), FileRejection.READ_FAILED, file.name() + ": cannot be read: " + failure);
      }
    }
    String sha256 = sha256(content);
    if (outcome.status() == fugong.ingest.FileStatus.REJECTED && known.contains(file.name() + '\0' + sha256)) {
      return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
    }
    return ParsedFileRows.of(file, sha256, outcome, runId, ingestedAt);
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /**
   * Collects one line per file (counts only) and checks rows read = accepted + quarantined +
   * duplicates collapsed for each; a run where it fails publishes nothing.
   */
  List<FileSummary> reconcile(Dataset<Row> parsed) {
    spark.sparkContext().setJobDescription("reconcile row counts per file");
    List<Row> rows =
        parsed
            .select(
                "source_file", "source_sha256", "county_code", "report_date", "version", "arrived_at", "size_bytes", "status",
                "rejection", "rejection_message", "encoding", "rows_read", "rows_accepted", "rows_quarantined",
                "duplicates_collapsed", "warnings", ParsedFileRows.ALREADY_INGESTED)
            .orderBy("source_file")
            .collectAsList();
    List<FileSummary> summaries = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (Row row : rows) {
      boolean already = row.getBoolean(16);
      FileSummary summary =
          new FileSummary(
              row.getString(0),
              row.getString(1),
              row.getString(2),
              row.isNullAt(3) ? null : row.getLocalDate(3),
              row.isNullAt(4) ? null : row.getInt(4),
              row.isNullAt(5) ? null : row.getInstant(5),
              row.isNullAt(6) ? 0 : row.getLong(6),
              already ? "ALREADY_INGESTED" : row.getString(7),
              row.getString(8),
              row.getString(9),
              row.getString(10),
              row.isNullAt(11) ? 0 : row.getLong(11),
              row.isNullAt(12) ? 0 : row.getLong(12),
              row.isNullAt(13) ? 0 : row.getLong(13),
              row.isNullAt(14) ? 0 : row.getLong(14),
              row.isNullAt(15) ? 0 : row.getLong(15),
              already,
              false);
      if (!summary.identityHolds()) {
        violations.add(
            summary.sourceFile() + ": read " + summary.rowsRead() + " ≠ accepted " + summary.rowsAccepted() + " + quarantined "
                + summary.rowsQuarantined() + " + collapsed " + summary.duplicatesCollapsed());
      }
      summaries.add(summary);
    }
    if (!violations.isEmpty()) {
      throw new FugongException(
          ErrorCode.IDENTITY_VIOLATED, "row identity failed; nothing was published:\n  " + String.join("\n  ", violations));
    }
    return summaries;
  }

  /**
   * Every file ever ingested (published ones and this run's new ones) with {@code is_current}:
   * the highest readable version of its county-date, the latest ingested among equal versions.
   */
  Dataset<Row> files(Dataset<Row> parsed, PublishedState base) {
    Dataset<Row> newFiles =
        parsed.where(col(ParsedFileRows.ALREADY_INGESTED).equalTo(false)).select(LakeSchemas.FILES.fieldNames()[0], fileColumns());
    Dataset<Row> all = lake.read(LakeTable.FILES, base).unionByName(newFiles);
    var latestFirst =
        Window.partitionBy(col("county_code"), col("report_date"), col("status").equalTo("READ"))
            .orderBy(col("version").desc(), col("ingested_at").desc(), col("source_file").desc());
    return all.withColumn(
        "is_current",
        when(col("status").equalTo("READ").and(col("county_code").isNotNull()), row_number().over(latestFirst).equalTo(1))
            .otherwise(lit(false)));
  }

  private static String[] fileColumns() {
    String[] names = LakeSchemas.FILES.fieldNames();
    return java.util.Arrays.copyOfRange(names, 1, names.length);
  }

  private static Dataset<Row> exploded(Dataset<Row> parsed, String arrayColumn) {
    return parsed
        .where(col(ParsedFileRows.ALREADY_INGESTED).equalTo(false))
        .select(explode(col(arrayColumn)).as("row"))
        .select("row.*");
  }

  /** Published rows plus new rows, kept only where they come from a current file. */
  private Dataset<Row> current(LakeTable table, PublishedState base, Dataset<Row> newRows, Dataset<Row> currentFiles) {
    return lake.read(table, base)
        .unionByName(newRows)
        .join(org.apache.spark.sql.functions.broadcast(currentFiles), new String[] {"source_file", "source_sha256"}, "left_semi");
  }

  /**
   * The published runs plus this one. Its row is written before the commit point and is visible
   * only once the lake is published, so its status is {@code PUBLISHED}: what happened after
   * (catalog and reports) is in the run manifest, which the catalog's {@code runs} view joins.
   */
  private Dataset<Row> runs(List<FileSummary> files, PublishedState base) {
    List<FileSummary> newFiles = files.stream().filter(file -> !file.alreadyIngested()).toList();
    Row run =
        RowFactory.create(
            config.runId(),
            config.startedAt(),
            Instant.now(),
            "PUBLISHED",
            RuleVersion.CURRENT,
            (long) files.size(),
            (long) newFiles.size(),
            newFiles.stream().filter(FileSummary::rejected).count(),
            newFiles.stream().mapToLong(FileSummary::rowsRead).sum(),
            newFiles.stream().mapToLong(FileSummary::rowsAccepted).sum(),
            newFiles.stream().mapToLong(FileSummary::rowsQuarantined).sum(),
            newFiles.stream().mapToLong(FileSummary::duplicatesCollapsed).sum(),
            Boolean.TRUE);
    return lake.read(LakeTable.RUNS, base).unionByName(spark.createDataFrame(List.of(run), LakeSchemas.RUNS));
  }

  /** Writes every table's new version, then nothing is visible until {@link Lake#publish}. */
  Map<LakeTable, String> writeLake(Map<LakeTable, Dataset<Row>> tables) {
    Map<LakeTable, String> locations = new EnumMap<>(LakeTable.class);
    counts.total(TABLES, tables.size());
    // independent writes side by side: most of a small write is planning and committing files
    locations.putAll(
        ConcurrentJobs.run(
            List.copyOf(tables.keySet()),
            table -> {
              long started = System.nanoTime();
              String location = lake.write(table, tables.get(table), config.runId(), LakeSortOrder.of(table));
              counts.advance(TABLES);
              counts.detail("  wrote " + table.tableName() + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
              return location;
            }));
    return locations;
  }

  private static FileSummary withCurrent(FileSummary file, boolean current) {
    return new FileSummary(
        file.sourceFile(), file.sha256(), file.countyCode(), file.reportDate(), file.version(), file.arrivedAt(), file.sizeBytes(),
        file.status(), file.rejection(), file.rejectionMessage(), file.encoding(), file.rowsRead(), file.rowsAccepted(),
        file.rowsQuarantined(), file.duplicatesCollapsed(), file.warnings(), file.alreadyIngested(), current);
  }
}
