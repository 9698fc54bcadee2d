package fugong.power;

import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.ingest.SubmissionFileName;
import java.io.Serializable;
import java.util.List;

/**
 * What reading one meter file gave: rejected whole (with the reason and a message naming the file),
 * or read, with every data row accepted, quarantined with its reasons, or collapsed as an identical
 * copy of an earlier row: {@code rowsRead = accepted + quarantined + collapsed}.
 */
public record PowerFileOutcome(
    String fileName,
    SubmissionFileName name,
    FileStatus status,
    FileRejection rejection,
    String message,
    String encoding,
    int rowsRead,
    List<PowerReading> accepted,
    List<QuarantinedRow> quarantined,
    int collapsed)
    implements Serializable {

  static PowerFileOutcome rejected(
      String fileName,
      SubmissionFileName name,
      FileRejection rejection,
      String message,
      String encoding) {
    return new PowerFileOutcome(
        fileName,
        name,
        FileStatus.REJECTED,
        rejection,
        message,
        encoding,
        0,
        List.of(),
        List.of(),
        0);
  }

  /** The identity every read file must satisfy. */
  public boolean rowsAddUp() {
    return rowsRead == accepted.size() + quarantined.size() + collapsed;
  }
}
