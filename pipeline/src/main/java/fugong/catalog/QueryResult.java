package fugong.catalog;

import java.util.Collections;
import java.util.List;

/**
 * The columns and rows of a query, cells as the text DuckDB gives (null for SQL NULL).
 *
 * @param textColumns per column, whether it holds text (VARCHAR, lists, maps …) rather than a
 *     number, date, time or boolean: only text cells are neutralised as possible spreadsheet
 *     formulas by {@link ResultFormatter}
 * @param cutAfter the row cap the result was cut at ({@code sql.max_rows}), or 0 when it is whole
 */
public record QueryResult(
    List<String> columns, List<Boolean> textColumns, List<List<String>> rows, int cutAfter) {
  public QueryResult {
    columns = List.copyOf(columns);
    textColumns = List.copyOf(textColumns);
    rows = Collections.unmodifiableList(rows);
    if (textColumns.size() != columns.size()) {
      throw new IllegalArgumentException(
          columns.size() + " columns but " + textColumns.size() + " column kinds");
    }
  }

  /** A whole result whose columns all hold text. */
  public QueryResult(List<String> columns, List<List<String>> rows) {
    this(columns, java.util.Collections.nCopies(columns.size(), Boolean.TRUE), rows, 0);
  }

  /** True when rows were left out because the result reached the row cap. */
  public boolean cut() {
    return cutAfter > 0;
  }
}
