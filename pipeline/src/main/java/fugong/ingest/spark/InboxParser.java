package fugong.ingest.spark;

import fugong.ingest.FileOutcome;
import fugong.ingest.FileRejectedException;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.SubmissionFileName;
import fugong.ingest.SubmissionValidator;
import fugong.spark.HadoopConfigurationCopy;
import fugong.spark.SparkProgressListener;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads and validates inbox files on the executors: one {@link ParsedFileRows} row per file, its
 * table rows nested. Files the lake already holds (same name and SHA-256) are listed, not parsed
 * again.
 */
public final class InboxParser {
  private InboxParser() {}

  /**
   * The parsed rows of {@code inbox} (lazy). {@code known} holds {@code name + '\0' + sha256} of
   * the files already ingested; each file parsed adds one to the accumulator named {@code
   * SparkProgressListener.COUNTER_PREFIX + countUnit}, which the run's progress shows.
   */
  public static Dataset<Row> parse(
      SparkSession spark,
      List<InboxFile> inbox,
      SubmissionValidator validator,
      Set<String> known,
      String runId,
      Instant ingestedAt,
      String countUnit) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SubmissionValidator> validatorCopy = context.broadcast(validator);
    Broadcast<Set<String>> knownFiles = context.broadcast(known);
    Broadcast<HadoopConfigurationCopy> hadoop =
        context.broadcast(new HadoopConfigurationCopy(spark.sparkContext().hadoopConfiguration()));
    int slices = Math.max(1, Math.min(inbox.size(), context.defaultParallelism() * 4));
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
                          validatorCopy.value(),
                          knownFiles.value(),
                          hadoop.value().value(),
                          runId,
                          ingestedAt);
                  filesParsed.add(1);
                  return row;
                });
    return spark.createDataFrame(rows, ParsedFileRows.SCHEMA);
  }

  /**
   * Reads and validates one file. Whatever goes wrong with this one file (a refused entry, a name
   * that is no submission's, a cap exceeded, an I/O error, anything thrown while reading it) makes
   * it a rejected file with a reason; the job and the other files go on. An entry that is not read
   * has the SHA-256 of no bytes.
   */
  static Row parseOne(
      InboxFile file,
      SubmissionValidator validator,
      Set<String> known,
      Configuration hadoopConfiguration,
      String runId,
      Instant ingestedAt)
      throws NoSuchAlgorithmException {
    byte[] content = new byte[0];
    FileOutcome outcome;
    if (file.isRefused()) {
      outcome = validator.refused(file.name(), file.refusal(), file.refusalMessage());
    } else if (SubmissionFileName.parse(file.name()).isEmpty()) {
      outcome =
          validator.validate(file.name(), content); // BAD_FILE_NAME, decided on the name alone
    } else {
      try {
        content =
            InboxFileReader.read(file, validator.limits().maxFileBytes(), hadoopConfiguration);
        String sha256 = sha256(content);
        if (known.contains(file.name() + '\0' + sha256)) {
          return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
        }
        outcome = validator.validate(file.name(), content);
      } catch (FileRejectedException rejected) {
        outcome = validator.refused(file.name(), rejected.reason(), rejected.getMessage());
      } catch (RuntimeException | StackOverflowError failure) {
        outcome =
            validator.refused(
                file.name(),
                FileRejection.READ_FAILED,
                file.name() + ": cannot be read: " + failure);
      }
    }
    String sha256 = sha256(content);
    if (outcome.status() == FileStatus.REJECTED && known.contains(file.name() + '\0' + sha256)) {
      return ParsedFileRows.alreadyIngested(file, sha256, runId, ingestedAt);
    }
    return ParsedFileRows.of(file, sha256, outcome, runId, ingestedAt);
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
