package fugong.ingest;

import java.util.List;

/**
 * How a file's raw rows are stored narrow: the file's open header names once (in {@code
 * files.raw_headers}), and each row's cells as a list in their order ({@code raw_rows.cell_values})
 * instead of a map that repeats every name on every row. A row whose cells are not named by the
 * file's shared header keys (one that did not line up with it, whose open cells are empty; or one
 * with empty cells right of the header, named one by one) keeps its map ({@code raw_rows.cells}).
 * The catalog's {@code raw_rows} view puts the names back, so an analyst sees one map per row
 * either way (docs/decisions.md, "Raw rows store their cells narrow").
 */
public final class RawCells {
  private final RowCells header;

  private RawCells(RowCells header) {
    this.header = header;
  }

  /** The layout of a file's raw rows: named by the first row read with the file's header. */
  public static RawCells of(List<RawRow> rows) {
    for (RawRow row : rows) {
      if (row.cells() instanceof RowCells cells) {
        return new RawCells(cells);
      }
    }
    return new RawCells(null);
  }

  /** The file's open header names, in column order; null when no row is named by them. */
  public List<String> headers() {
    return header == null ? null : header.names();
  }

  /** A row's cells in the order of {@link #headers()}; null when they are not named by them. */
  public List<String> values(RawRow row) {
    return header != null && row.cells() instanceof RowCells cells && cells.sharesKeysWith(header)
        ? cells.cells()
        : null;
  }
}
