package fugong.jobs;

import fugong.run.FileSummary;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reconciliation of an ingest run (DOMAIN.md §3): rows read = accepted + quarantined +
 * collapsed, per submission file and per meter file, and their sums over the files new to the lake.
 */
public interface IngestReconciliation {
  /** The reconciliation per submission file of the inbox. */
  List<FileSummary> files();

  /** The reconciliation per meter file. */
  List<FileSummary> meterFiles();

  default List<FileSummary> newFiles() {
    return FileSummary.newFiles(files());
  }

  /** The meter files new to the lake. */
  default List<FileSummary> newMeterFiles() {
    return FileSummary.newFiles(meterFiles());
  }

  /** The reconciliation sums of the new submission files. */
  default FileSummary.Totals totals() {
    return FileSummary.Totals.of(newFiles());
  }

  /** The reconciliation sums of the new meter files. */
  default FileSummary.Totals meterTotals() {
    return FileSummary.Totals.of(newMeterFiles());
  }

  default long rowsRead() {
    return totals().rowsRead();
  }

  default long rowsAccepted() {
    return totals().rowsAccepted();
  }

  default long rowsQuarantined() {
    return totals().rowsQuarantined();
  }

  default long duplicatesCollapsed() {
    return totals().duplicatesCollapsed();
  }

  /**
   * True when some new submission or meter file was rejected or some new row of either quarantined
   * (exit code 1).
   */
  default boolean hasRejections() {
    return Stream.concat(newFiles().stream(), newMeterFiles().stream())
        .anyMatch(file -> file.rejected() || file.rowsQuarantined() > 0);
  }
}
