package fugong.ingest.spark;

import fugong.ingest.FileRejection;
import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * How {@link InboxParser} reads one kind of inbox file (county submissions, meter files) on the
 * executors: its validator's verdicts, and the flat parsed rows of a file ({@link ParsedFileRows}):
 * the file's own row, then one per row of each table it feeds.
 *
 * @param <O> the validator's outcome for one file
 */
public interface FileReading<O> extends Serializable {
  /** The schema of the parsed rows: the file's columns, then one column per table it feeds. */
  StructType schema();

  /** Bytes a file may have; one more and it is not read. */
  long maxFileBytes();

  /**
   * Whether the name is one of this kind's names (else the file is rejected on its name alone):
   * submissions and meter files alike are named {@code {county_code}_{yyyyMMdd}[_v{n}]}.
   */
  default boolean nameIsValid(String fileName) {
    return fugong.ingest.SubmissionFileName.parse(fileName).isPresent();
  }

  /** Reads and validates one file's content. */
  O validate(String fileName, byte[] content);

  /** A file that was not read at all (refused at listing, too large, an I/O error). */
  O refused(String fileName, FileRejection reason, String message);

  /** Whether the outcome rejects the file whole. */
  boolean rejected(O outcome);

  /**
   * The parsed rows of a file that was read or rejected: its own row first, then its table rows,
   * each built when it is asked for.
   */
  Iterator<Row> rows(InboxFile file, String sha256, O outcome, String runId, Instant ingestedAt);

  /** The one parsed row of a file the lake already holds with the same name and content. */
  Row alreadyIngested(InboxFile file, String sha256, String runId, Instant ingestedAt);
}
