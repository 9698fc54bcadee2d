package fugong.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the header row of a sheet: the first row, among a first row and the {@value
 * #MAX_TITLE_ROWS} rows below it, that names the columns a kind of file must have. Rows above it
 * are titles (as in the published annex, or a county's 企业复工复产日报表 title line).
 */
public final class HeaderSearch {
  /** How many title rows may sit above the header row. */
  public static final int MAX_TITLE_ROWS = 5;

  private HeaderSearch() {}

  /** The end (exclusive) of the rows searched from {@code first}: the header and its title rows. */
  public static int searchEnd(List<SheetRow> rows, int first) {
    return Math.min(rows.size(), first + MAX_TITLE_ROWS + 1);
  }

  /** The index of the first non-blank row, or the number of rows when all are blank. */
  public static int firstNonBlank(List<SheetRow> rows) {
    int index = 0;
    while (index < rows.size() && rows.get(index).isBlank()) {
      index++;
    }
    return index;
  }

  /**
   * The first row from {@code first} (up to {@value #MAX_TITLE_ROWS} title rows below it) that,
   * read as a header, {@code isHeader} accepts.
   */
  public static <C extends Enum<C> & SheetColumn> Optional<HeaderRow<C>> locate(
      List<SheetRow> rows,
      int first,
      Class<C> type,
      Function<String, Optional<C>> byHeader,
      Predicate<HeaderRow<C>> isHeader) {
    for (int index = first; index < searchEnd(rows, first); index++) {
      HeaderRow<C> header = read(rows, index, type, byHeader);
      if (isHeader.test(header)) {
        return Optional.of(header);
      }
    }
    return Optional.empty();
  }

  /** Reads one row as a header: each column at the first cell naming it, later ones as repeats. */
  public static <C extends Enum<C> & SheetColumn> HeaderRow<C> read(
      List<SheetRow> rows, int index, Class<C> type, Function<String, Optional<C>> byHeader) {
    Map<C, Integer> positions = new EnumMap<>(type);
    List<C> repeated = new ArrayList<>();
    List<String> cells = rows.get(index).cells();
    for (int position = 0; position < cells.size(); position++) {
      Optional<C> column = byHeader.apply(cells.get(position));
      if (column.isPresent() && positions.putIfAbsent(column.get(), position) != null) {
        repeated.add(column.get());
      }
    }
    return new HeaderRow<>(index, rows.get(index), positions, repeated);
  }
}
