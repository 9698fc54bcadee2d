package fugong.jobs;

import fugong.run.FileSummary;
import java.io.PrintWriter;
import java.util.List;

/** The per-file reconciliation a run prints: rows read = accepted + quarantined + collapsed. */
public final class ReconciliationTable {
  private final List<FileSummary> files;

  public ReconciliationTable(List<FileSummary> files) {
    this.files = List.copyOf(files);
  }

  public void print(PrintWriter out) {
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
        "TOTAL",
        "",
        totals.rowsRead(),
        totals.rowsAccepted(),
        totals.rowsQuarantined(),
        totals.duplicatesCollapsed(),
        "",
        totals.identityHolds() ? "identity holds" : "IDENTITY FAILS");
  }
}
