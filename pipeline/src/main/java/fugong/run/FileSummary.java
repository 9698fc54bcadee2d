package fugong.run;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.ingest.FileStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

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
    FileStatus status,
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
    return status == FileStatus.REJECTED;
  }

  /** This line with {@code current} set: whether the file is its county-date's current version. */
  public FileSummary withCurrent(boolean isCurrent) {
    return new FileSummary(
        sourceFile,
        sha256,
        countyCode,
        reportDate,
        version,
        arrivedAt,
        sizeBytes,
        status,
        rejection,
        rejectionMessage,
        encoding,
        rowsRead,
        rowsAccepted,
        rowsQuarantined,
        duplicatesCollapsed,
        warnings,
        alreadyIngested,
        isCurrent);
  }

  /**
   * {@code files}, when rows read = accepted + quarantined + duplicates collapsed holds for each;
   * otherwise the run fails (IDENTITY_VIOLATED, a fugong bug) naming every file where it does not.
   */
  public static java.util.List<FileSummary> requireIdentity(java.util.List<FileSummary> files) {
    java.util.List<String> violations =
        files.stream()
            .filter(file -> !file.identityHolds())
            .map(
                file ->
                    file.sourceFile()
                        + ": read "
                        + file.rowsRead()
                        + " ≠ accepted "
                        + file.rowsAccepted()
                        + " + quarantined "
                        + file.rowsQuarantined()
                        + " + collapsed "
                        + file.duplicatesCollapsed())
            .toList();
    if (!violations.isEmpty()) {
      throw new FugongException(
          ErrorCode.IDENTITY_VIOLATED,
          "row identity failed; nothing was published:\n  " + String.join("\n  ", violations));
    }
    return files;
  }

  /** The files of a run that are new to the lake (not already ingested with the same content). */
  public static java.util.List<FileSummary> newFiles(Collection<FileSummary> files) {
    return files.stream().filter(file -> !file.alreadyIngested()).toList();
  }

  /**
   * The reconciliation sums of some files: files, rejected files, and rows read = accepted +
   * quarantined + duplicates collapsed.
   */
  public record Totals(
      long files,
      long rejected,
      long rowsRead,
      long rowsAccepted,
      long rowsQuarantined,
      long duplicatesCollapsed) {
    public static Totals of(Collection<FileSummary> files) {
      long rejected = 0;
      long read = 0;
      long accepted = 0;
      long quarantined = 0;
      long collapsed = 0;
      for (FileSummary file : files) {
        rejected += file.rejected() ? 1 : 0;
        read += file.rowsRead();
        accepted += file.rowsAccepted();
        quarantined += file.rowsQuarantined();
        collapsed += file.duplicatesCollapsed();
      }
      return new Totals(files.size(), rejected, read, accepted, quarantined, collapsed);
    }

    public boolean identityHolds() {
      return rowsRead == rowsAccepted + rowsQuarantined + duplicatesCollapsed;
    }
  }
}
