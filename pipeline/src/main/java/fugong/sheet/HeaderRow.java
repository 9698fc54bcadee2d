package fugong.sheet;

import fugong.domain.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row read as a header: where each named column sits (the first cell that names it) and which
 * columns were named again further right, in the order met.
 *
 * @param index the row's index (0-based) in the sheet's row list; data rows follow it
 * @param row the row itself
 */
public record HeaderRow<C extends Enum<C> & SheetColumn>(
    int index, SheetRow row, Map<C, Integer> positions, List<C> repeated) {
  public HeaderRow {
    positions = Collections.unmodifiableMap(positions);
    repeated = List.copyOf(repeated);
  }

  public boolean has(C column) {
    return positions.containsKey(column);
  }

  public Optional<Integer> position(C column) {
    return Optional.ofNullable(positions.get(column));
  }

  /** The columns of a list this header does not name, in the list's order. */
  public List<C> missing(Collection<C> required) {
    List<C> missing = new ArrayList<>();
    for (C column : required) {
      if (!has(column)) {
        missing.add(column);
      }
    }
    return missing;
  }

  /** The trimmed cell of a column in a data row; empty text when the column or cell is absent. */
  public String cell(SheetRow data, C column) {
    Integer position = positions.get(column);
    return position == null ? "" : TextNormalizer.trim(data.cell(position));
  }

  /** The header text as the file wrote it for a column (for messages), else the standard header. */
  public String headerAsWritten(C column) {
    Integer position = positions.get(column);
    String written = position == null ? "" : TextNormalizer.trim(row.cell(position));
    return written.isEmpty() ? column.header() : written;
  }
}
