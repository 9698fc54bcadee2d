package fugong.ingest;

import fugong.sheet.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * Everything one submission file yields: its status, rows in the raw, accepted and quarantined
 * halves, warnings, and the counts whose identity {@code rowsRead = accepted + quarantined +
 * duplicatesCollapsed} is checked for every file.
 */
public record FileOutcome(
    String fileName,
    SubmissionFileName name,
    FileStatus status,
    FileRejection rejection,
    String rejectionMessage,
    String encoding,
    List<RawRow> rawRows,
    List<Submission> accepted,
    List<QuarantinedRow> quarantined,
    List<Problem> warnings,
    int duplicatesCollapsed)
    implements Serializable {
  public FileOutcome {
    rejectionMessage = fugong.domain.PersonalDataMask.mask(rejectionMessage);
  }

  public int rowsRead() {
    return rawRows.size();
  }

  public boolean identityHolds() {
    return rowsRead() == accepted.size() + quarantined.size() + duplicatesCollapsed;
  }

  /** Every problem of the file: rejection, each quarantined row's problems, then warnings. */
  public List<Problem> problems() {
    java.util.List<Problem> all = new java.util.ArrayList<>();
    if (status == FileStatus.REJECTED) {
      all.add(
          new Problem(
              fileName,
              0,
              "",
              rejection.name(),
              "",
              rejectionMessage + " — " + rejection.chineseExplanation(),
              false));
    }
    for (QuarantinedRow row : quarantined) {
      all.addAll(row.problems());
    }
    all.addAll(warnings);
    return all;
  }
}
