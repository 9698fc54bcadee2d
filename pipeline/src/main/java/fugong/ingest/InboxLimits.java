package fugong.ingest;

import fugong.sheet.SheetLimits;
import java.io.Serializable;

/**
 * What one inbox file may cost, so that no single file can exhaust memory or stall a run (settings
 * {@code ingest.*}, README "Configuration"). A file beyond a cap is rejected whole with its reason;
 * its neighbours still land. The caps on reading a file's content are its {@link #sheetLimits()}.
 *
 * @param maxFileBytes bytes per file; larger files are not read
 * @param maxRows rows per file (title and header rows included)
 * @param maxColumns columns of the header; cells further right are only looked at to see whether
 *     they are empty
 * @param maxCells cells kept per file, all rows together: what reading a file may hold in memory
 * @param maxLineBytes bytes per CSV line, and characters per cell
 * @param maxWorkbookBytes bytes an .xlsx unpacks to, all its parts together
 * @param quietSeconds a file modified less than this many seconds before the listing is still being
 *     written: it is left for the next run
 */
public record InboxLimits(
    long maxFileBytes,
    int maxRows,
    int maxColumns,
    long maxCells,
    int maxLineBytes,
    long maxWorkbookBytes,
    int quietSeconds)
    implements Serializable {
  /** The defaults of the {@code ingest.*} settings. */
  public static final InboxLimits DEFAULTS = new InboxLimits(64L << 20, SheetLimits.DEFAULTS, 60);

  public InboxLimits {
    long[] caps = {maxFileBytes, maxRows, maxColumns, maxCells, maxLineBytes, maxWorkbookBytes};
    if (!SheetLimits.allPositive(caps) || quietSeconds < 0) {
      throw new IllegalArgumentException(
          "inbox limits must be positive (the quiet period may be 0): "
              + SheetLimits.listed(caps)
              + ", "
              + quietSeconds);
    }
  }

  /** A file size cap, the caps on reading the file's content, and a quiet period. */
  public InboxLimits(long maxFileBytes, SheetLimits sheet, int quietSeconds) {
    this(
        maxFileBytes,
        sheet.maxRows(),
        sheet.maxColumns(),
        sheet.maxCells(),
        sheet.maxLineBytes(),
        sheet.maxWorkbookBytes(),
        quietSeconds);
  }

  /** The caps the sheet readers enforce on a file's content. */
  public SheetLimits sheetLimits() {
    return new SheetLimits(maxRows, maxColumns, maxCells, maxLineBytes, maxWorkbookBytes);
  }

  /** The same caps with another quiet period (0 = read files however recently they changed). */
  public InboxLimits withQuietSeconds(int seconds) {
    return new InboxLimits(
        maxFileBytes, maxRows, maxColumns, maxCells, maxLineBytes, maxWorkbookBytes, seconds);
  }
}
