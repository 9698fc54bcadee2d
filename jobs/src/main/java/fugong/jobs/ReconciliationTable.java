package fugong.jobs;

import fugong.run.FileSummary;
import java.io.PrintWriter;
import java.util.List;

/** The per-file reconciliation a run prints: rows read = accepted + quarantined + collapsed. */
public final class ReconciliationTable {
  private final List<FileSummary> files;
  private final String label;

  /** The county submission files' table. */
  public ReconciliationTable(List<FileSummary> files) {
    this(files, null);
  }

  /**
   * A table headed by {@code label} (e.g. the meter files), whose TOTAL line names it too; null: no
   * heading.
   */
  public ReconciliationTable(List<FileSummary> files, String label) {
    this.files = List.copyOf(files);
    this.label = label;
  }

  public void print(PrintWriter out) {
    if (label != null) {
      out.println(label + ":");
    }
    String format = "%-26s %-8s %6s %8s %11s %9s %8s  %s%n";
    out.printf(
        format,
        "file",
        "status",
        "read",
        "accepted",
        "quarantined",
        "collapsed",
        "current",
        "note");
    for (FileSummary file : files) {
      String status = file.alreadyIngested() ? "SEEN" : file.status().name();
      String note =
          file.rejected()
              ? file.rejection() + ": " + file.rejectionMessage()
              : file.alreadyIngested() ? "already ingested, unchanged" : "";
      out.printf(
          format,
          file.sourceFile(),
          status,
          file.rowsRead(),
          file.rowsAccepted(),
          file.rowsQuarantined(),
          file.duplicatesCollapsed(),
          file.alreadyIngested() ? "" : file.current() ? "yes" : "no",
          note);
    }
    FileSummary.Totals totals = FileSummary.Totals.of(files);
    out.printf(
        format,
        label == null ? "TOTAL" : "TOTAL meter files",
        "",
        totals.rowsRead(),
        totals.rowsAccepted(),
        totals.rowsQuarantined(),
        totals.duplicatesCollapsed(),
        "",
        totals.identityHolds() ? "identity holds" : "IDENTITY FAILS");
  }
}
