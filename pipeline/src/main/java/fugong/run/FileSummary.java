package fugong.run;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One inbox file as a run saw it: the reconciliation line of the run manifest. {@code
 * alreadyIngested} files (same name and content as before) changed nothing.
 */
public record FileSummary(
    String sourceFile,
    String sha256,
    String countyCode,
    LocalDate reportDate,
    Integer version,
    Instant arrivedAt,
    long sizeBytes,
    String status,
    String rejection,
    String rejectionMessage,
    String encoding,
    long rowsRead,
    long rowsAccepted,
    long rowsQuarantined,
    long duplicatesCollapsed,
    long warnings,
    boolean alreadyIngested,
    boolean current) {

  public boolean identityHolds() {
    return rowsRead == rowsAccepted + rowsQuarantined + duplicatesCollapsed;
  }

  public boolean rejected() {
    return "REJECTED".equals(status);
  }
}
