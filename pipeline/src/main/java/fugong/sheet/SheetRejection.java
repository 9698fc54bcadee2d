package fugong.sheet;

/**
 * Why a file could not be read as a sheet at all (0 rows read). The reader of a kind of file
 * (submissions, reference tables) decides what this means for it.
 */
public enum SheetRejection {
  /** The file has no bytes. */
  EMPTY_FILE,
  /** The text is neither UTF-8 nor GBK/GB18030. */
  BAD_ENCODING,
  /** The text is not well-formed delimited text (an unclosed quote, …). */
  MALFORMED_TEXT,
  /** The file is not a readable .xlsx workbook. */
  NOT_A_WORKBOOK,
  /** More rows than {@link SheetLimits#maxRows()}. */
  TOO_MANY_ROWS,
  /** More cells, all rows together, than {@link SheetLimits#maxCells()}. */
  TOO_MANY_CELLS,
  /** A line or cell longer than {@link SheetLimits#maxLineBytes()}. */
  LINE_TOO_LONG,
  /** The workbook unpacks to more than {@link SheetLimits#maxWorkbookBytes()}. */
  WORKBOOK_TOO_LARGE
}
