package fugong.ingest;

/** What became of a submission file in a run. */
public enum FileStatus {
  /** The file was read; its rows are accepted or quarantined. */
  READ,
  /** The file could not be read at all; 0 rows read. */
  REJECTED,
  /**
   * Only in a run's reconciliation lines, never in the lake: the file was ingested before with the
   * same name and content, so it changed nothing.
   */
  ALREADY_INGESTED
}
