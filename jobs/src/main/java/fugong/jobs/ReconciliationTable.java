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
    out.printf(format, "file", "status", "read", "accepted", "quarantined", "collapsed", "current", "note");
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    long collapsed = 0;
    for (FileSummary file : files) {
      String status = file.alreadyIngested() ? "SEEN" : file.status();
      String note = file.rejected() ? file.rejection() + ": " + file.rejectionMessage() : file.alreadyIngested() ? "already ingested, unchanged" : "";
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
      read += file.rowsRead();
      accepted += file.rowsAccepted();
      quarantined += file.rowsQuarantined();
      collapsed += file.duplicatesCollapsed();
    }
    out.printf(format, "TOTAL", "", read, accepted, quarantined, collapsed, "", read == accepted + quarantined + collapsed ? "identity holds" : "IDENTITY FAILS");
  }
}
