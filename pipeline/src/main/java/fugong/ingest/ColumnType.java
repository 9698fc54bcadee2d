package fugong.ingest;

/** The kind of value a submission column holds. */
public enum ColumnType {
  DATE,
  COUNTY,
  USCC,
  TEXT,
  YES_NO,
  WHOLE_NUMBER,
  DECIMAL,
  DIFFICULTY_LIST,
  PERSONAL
}
