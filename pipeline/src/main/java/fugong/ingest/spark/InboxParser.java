package fugong.ingest.spark;

import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.SubmissionValidator;
import fugong.spark.HadoopConfigurationCopy;
import fugong.spark.SparkProgressListener;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads and validates inbox files on the executors: one parsed row per file ({@link ParsedFileRows}
 * for submissions, {@link MeterFileRows} for meter files), its table rows nested. Files the lake
 * already holds (same name and SHA-256; or, unread, same name, size and modification time: {@link
 * KnownFiles}) are listed, not parsed again.
 */
public final class InboxParser {
  /** The most files one parse task reads. */
  static final int FILES_PER_TASK = 16;

  private InboxParser() {}

  /**
   * The parsed rows of {@code inbox} (lazy). {@code known} are the files already ingested; each
   * file parsed adds one to the accumulator named {@code SparkProgressListener.COUNTER_PREFIX +
   * countUnit}, which the run's progress shows.
   */
  public static Dataset<Row> parse(
      SparkSession spark,
      List<InboxFile> inbox,
      SubmissionValidator validator,
      KnownFiles known,
      String runId,
      Instant ingestedAt,
      String countUnit) {
    return parse(
        spark, inbox, new SubmissionReading(validator), known, runId, ingestedAt, countUnit);
  }

  /** How a county submission file is validated by {@code validator} and stored. */
  public static FileReading<FileOutcome> reading(SubmissionValidator validator) {
    return new SubmissionReading(validator);
  }

  /** As above, for any kind of file: {@code reading} says how one file is validated and stored. */
  public static <O> Dataset<Row> parse(
      SparkSession spark,
      List<InboxFile> inbox,
      FileReading<O> reading,
      KnownFiles known,
      String runId,
      Instant ingestedAt,
      String countUnit) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<FileReading<O>> readingCopy = context.broadcast(reading);
    Broadcast<KnownFiles> knownFiles = context.broadcast(known);
    Broadcast<HadoopConfigurationCopy> hadoop =
        context.broadcast(new HadoopConfigurationCopy(spark.sparkContext().hadoopConfiguration()));
    // at most FILES_PER_TASK files a task: a task holds its files' parsed rows while they are
    // cached, so a catch-up run over months of files must not give a task hundreds of them
    int slices =
        Math.max(
            1,
            Math.min(
                inbox.size(),
                Math.max(
                    context.defaultParallelism() * 4,
                    (inbox.size() + FILES_PER_TASK - 1) / FILES_PER_TASK)));
    LongAccumulator filesParsed =
        spark.sparkContext().longAccumulator(SparkProgressListener.COUNTER_PREFIX + countUnit);
    JavaRDD<Row> rows =
        context
            .parallelize(inbox, slices)
            .map(
                file -> {
                  Row row =
                      parseOne(
                          file,
                          readingCopy.value(),
                          knownFiles.value(),
                          hadoop.value().value(),
                          runId,
                          ingestedAt);
                  filesParsed.add(1);
                  return row;
                });
    return spark.createDataFrame(rows, reading.schema());
  }

  /**
   * Reads and validates one file. Whatever goes wrong with this one file (a refused entry, a name
   * that is not of this kind, a cap exceeded, an I/O error, anything thrown while reading it) makes
   * it a rejected file with a reason; the job and the other files go on. An entry that is not read
   * has the SHA-256 of no bytes.
   */
  static <O> Row parseOne(
      InboxFile file,
      FileReading<O> reading,
      KnownFiles known,
      Configuration hadoopConfiguration,
      String runId,
      Instant ingestedAt)
      throws NoSuchAlgorithmException {
    byte[] content = new byte[0];
    O outcome;
    if (file.isRefused()) {
      outcome = reading.refused(file.name(), file.refusal(), file.refusalMessage());
    } else if (!reading.nameIsValid(file.name())) {
      outcome = reading.validate(file.name(), content); // BAD_FILE_NAME, decided on the name alone
    } else {
      java.util.Optional<String> unchanged = known.unchanged(file);
      if (unchanged.isPresent()) {
        return reading.alreadyIngested(file, unchanged.get(), runId, ingestedAt);
      }
      try {
        content = InboxFileReader.read(file, reading.maxFileBytes(), hadoopConfiguration);
        String sha256 = sha256(content);
        if (known.contains(file.name(), sha256)) {
          return reading.alreadyIngested(file, sha256, runId, ingestedAt);
        }
        outcome = reading.validate(file.name(), content);
      } catch (FileRejectedException rejected) {
        outcome = reading.refused(file.name(), rejected.reason(), rejected.getMessage());
      } catch (RuntimeException | StackOverflowError failure) {
        outcome =
            reading.refused(
                file.name(),
                FileRejection.READ_FAILED,
                file.name() + ": cannot be read: " + failure);
      }
    }
    String sha256 = sha256(content);
    if (reading.rejected(outcome) && known.contains(file.name(), sha256)) {
      return reading.alreadyIngested(file, sha256, runId, ingestedAt);
    }
    return reading.row(file, sha256, outcome, runId, ingestedAt);
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /** County submission files, read by a {@link SubmissionValidator}. */
  private record SubmissionReading(SubmissionValidator validator)
      implements FileReading<FileOutcome> {
    @Override
    public StructType schema() {
      return ParsedFileRows.SCHEMA;
    }

    @Override
    public long maxFileBytes() {
      return validator.limits().maxFileBytes();
    }

    @Override
    public FileOutcome validate(String fileName, byte[] content) {
      return validator.validate(fileName, content);
    }

    @Override
    public FileOutcome refused(String fileName, FileRejection reason, String message) {
      return validator.refused(fileName, reason, message);
    }

    @Override
    public boolean rejected(FileOutcome outcome) {
      return outcome.status() == FileStatus.REJECTED;
    }

    @Override
    public Row row(
        InboxFile file, String sha256, FileOutcome outcome, String runId, Instant ingestedAt) {
      return ParsedFileRows.of(file, sha256, outcome, runId, ingestedAt);
    }

    @Override
    public Row alreadyIngested(InboxFile file, String sha256, String runId, Instant ingestedAt) {
      return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
    }
  }
}
