package fugong.ingest.spark;

import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.SubmissionValidator;
import fugong.spark.HadoopConfigurationCopy;
import fugong.spark.InternalRows;
import fugong.spark.SparkProgressListener;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads and validates inbox files on the executors into flat parsed rows ({@link ParsedFileRows}
 * for submissions, {@link MeterFileRows} for meter files): each file's own row, then its table rows
 * one by one. Files the lake already holds are listed, not parsed again: on the driver, unread,
 * when name, size and modification time match ({@link KnownFiles#unchanged}); on the executors,
 * once read, when name and SHA-256 match.
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
    LongAccumulator filesParsed =
        spark.sparkContext().longAccumulator(SparkProgressListener.COUNTER_PREFIX + countUnit);
    // known files that look unchanged (name, size, modification time) are listed here, on the
    // driver: they are not read, so they need no task
    List<InboxFile> toRead = new ArrayList<>();
    List<Row> unchanged = new ArrayList<>();
    for (InboxFile file : inbox) {
      Optional<String> sha256 =
          !file.isRefused() && reading.nameIsValid(file.name())
              ? known.unchanged(file)
              : Optional.empty();
      if (sha256.isPresent()) {
        unchanged.add(reading.alreadyIngested(file, sha256.get(), runId, ingestedAt));
        filesParsed.add(1);
      } else {
        toRead.add(file);
      }
    }
    Broadcast<FileReading<O>> readingCopy = context.broadcast(reading);
    Broadcast<KnownFiles> knownFiles = context.broadcast(known);
    Broadcast<HadoopConfigurationCopy> hadoop =
        context.broadcast(new HadoopConfigurationCopy(spark.sparkContext().hadoopConfiguration()));
    // at most FILES_PER_TASK files a task, so that a catch-up run over months of files spreads
    // them over many tasks
    int slices =
        Math.max(
            1,
            Math.min(
                toRead.size(),
                Math.max(
                    context.defaultParallelism() * 4,
                    (toRead.size() + FILES_PER_TASK - 1) / FILES_PER_TASK)));
    JavaRDD<Row> rows =
        context
            .parallelize(toRead, slices)
            .flatMap(
                file -> {
                  Iterator<Row> fileRows =
                      parseOne(
                          file,
                          readingCopy.value(),
                          knownFiles.value(),
                          hadoop.value().value(),
                          runId,
                          ingestedAt);
                  filesParsed.add(1);
                  return fileRows;
                });
    if (!unchanged.isEmpty()) {
      rows = rows.union(context.parallelize(unchanged, 1));
    }
    // straight to Spark's internal rows: its generic row encoder cost as much as validating
    InternalRows internal = InternalRows.of(reading.schema());
    JavaRDD<InternalRow> internalRows = rows.mapPartitions(internal::convert);
    return ((org.apache.spark.sql.classic.SparkSession) spark)
        .internalCreateDataFrame(internalRows.rdd(), reading.schema(), false);
  }

  /**
   * Reads and validates one file. Whatever goes wrong with this one file (a refused entry, a name
   * that is not of this kind, a cap exceeded, an I/O error, anything thrown while reading it) makes
   * it a rejected file with a reason; the job and the other files go on. An entry that is not read
   * has the SHA-256 of no bytes.
   */
  static <O> Iterator<Row> parseOne(
      InboxFile file,
      FileReading<O> reading,
      KnownFiles known,
      Configuration hadoopConfiguration,
      String runId,
      Instant ingestedAt)
      throws NoSuchAlgorithmException {
    byte[] content = new byte[0];
    String sha256 = null; // of the bytes read, once they are
    O outcome;
    if (file.isRefused()) {
      outcome = reading.refused(file.name(), file.refusal(), file.refusalMessage());
    } else if (!reading.nameIsValid(file.name())) {
      outcome = reading.validate(file.name(), content); // BAD_FILE_NAME, decided on the name alone
    } else {
      try {
        content = InboxFileReader.read(file, reading.maxFileBytes(), hadoopConfiguration);
        sha256 = sha256(content);
        if (known.contains(file.name(), sha256)) {
          return List.of(reading.alreadyIngested(file, sha256, runId, ingestedAt)).iterator();
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
    if (sha256 == null) {
      sha256 = sha256(content);
    }
    if (reading.rejected(outcome) && known.contains(file.name(), sha256)) {
      return List.of(reading.alreadyIngested(file, sha256, runId, ingestedAt)).iterator();
    }
    return reading.rows(file, sha256, outcome, runId, ingestedAt);
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
    public Iterator<Row> rows(
        InboxFile file, String sha256, FileOutcome outcome, String runId, Instant ingestedAt) {
      return ParsedFileRows.of(file, sha256, outcome, runId, ingestedAt);
    }

    @Override
    public Row alreadyIngested(InboxFile file, String sha256, String runId, Instant ingestedAt) {
      return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
    }
  }
}
