package fugong.sheet;

import java.io.Serializable;

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

  public SheetLimits {
    if (maxRows < 1 || maxColumns < 1 || maxCells < 1 || maxLineBytes < 1 || maxWorkbookBytes < 1) {
      throw new IllegalArgumentException(
          "sheet limits must be positive: "
              + maxRows
              + ", "
              + maxColumns
              + ", "
              + maxCells
              + ", "
              + maxLineBytes
              + ", "
              + maxWorkbookBytes);
    }
  }
}
