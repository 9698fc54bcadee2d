package fugong.ingest;

/** What became of a submission file. */
public enum FileStatus {
  /** The file was read; its rows are accepted or quarantined. */
  READ,
  /** The file could not be read at all; 0 rows read. */
  REJECTED
}
