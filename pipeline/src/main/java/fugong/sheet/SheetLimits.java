package fugong.sheet;

import java.io.Serializable;
import java.util.StringJoiner;

/**
 * What reading one sheet may cost, so that no single file can exhaust memory: the readers refuse a
 * file beyond a cap with its {@link SheetRejection}. The values are the {@code ingest.*} settings
 * (README "Configuration"), which the messages name.
 *
 * @param maxRows rows per file (title and header rows included)
 * @param maxColumns cells kept per row; cells further right are only looked at to see whether they
 *     are empty
 * @param maxCells cells kept per file, all rows together: what reading a file may hold in memory
 * @param maxLineBytes bytes per CSV line, and characters per cell
 * @param maxWorkbookBytes bytes an .xlsx unpacks to, all its parts together
 */
public record SheetLimits(
    int maxRows, int maxColumns, long maxCells, int maxLineBytes, long maxWorkbookBytes)
    implements Serializable {
  /** The defaults of the {@code ingest.*} settings. */
  public static final SheetLimits DEFAULTS =
      new SheetLimits(200_000, 200, 2_000_000, 1 << 20, 256L << 20);

  /**
   * The caps of the reference files (the bureau's own registry, counties and assignments, read once
   * per run on the driver, not a county clerk's upload): a national registry of hundreds of
   * thousands of enterprises must fit, so the row and cell caps only stop a runaway file.
   */
  public static final SheetLimits REFERENCE =
      new SheetLimits(10_000_000, 200, 200_000_000, 1 << 20, 256L << 20);

  public SheetLimits {
    long[] caps = {maxRows, maxColumns, maxCells, maxLineBytes, maxWorkbookBytes};
    if (!allPositive(caps)) {
      throw new IllegalArgumentException("sheet limits must be positive: " + listed(caps));
    }
  }

  /** Whether every cap is at least 1. */
  public static boolean allPositive(long... caps) {
    for (long cap : caps) {
      if (cap < 1) {
        return false;
      }
    }
    return true;
  }

  /** Limit values as the messages of refused limits list them: {@code 1, 2, 3}. */
  public static String listed(long... values) {
    StringJoiner joined = new StringJoiner(", ");
    for (long value : values) {
      joined.add(Long.toString(value));
    }
    return joined.toString();
  }

  /** Refuses a file of 0 bytes, whatever its format. */
  static void refuseEmpty(String fileName, byte[] bytes) throws SheetRejectedException {
    if (bytes.length == 0) {
      throw new SheetRejectedException(
          SheetRejection.EMPTY_FILE, fileName + ": the file is empty (0 bytes)");
    }
  }

  /**
   * Refuses the row numbered {@code rowNumber} when {@code rowsKept} rows are already kept and that
   * is the cap; the message starts with {@code prefix}.
   */
  void checkRows(int rowsKept, int rowNumber, String prefix) throws SheetRejectedException {
    if (rowsKept >= maxRows) {
      throw new SheetRejectedException(
          SheetRejection.TOO_MANY_ROWS,
          prefix
              + "more than "
              + maxRows
              + " rows (ingest.max_rows); row "
              + rowNumber
              + " is one too many");
    }
  }

  /**
   * Refuses the file when {@code cellsKept} cells, counted up to the row numbered {@code
   * rowNumber}, exceed the cap; the message starts with {@code prefix}.
   */
  void checkCells(long cellsKept, int rowNumber, String prefix) throws SheetRejectedException {
    if (cellsKept > maxCells) {
      throw new SheetRejectedException(
          SheetRejection.TOO_MANY_CELLS,
          prefix + "more than " + maxCells + " cells (ingest.max_cells) by row " + rowNumber);
    }
  }
}
