package fugong.sheet;

import java.io.Serializable;
import java.util.List;

/**
 * One physical row of a sheet: its 1-based row number as a clerk sees it in Excel or a text editor
 * (title and header rows counted), its cells as text, untrimmed, and whether it had a non-empty
 * cell right of the cells kept ({@link SheetLimits#maxColumns()}): such a row is wider than any
 * header it may sit under.
 */
public record SheetRow(int physicalRow, List<String> cells, boolean cellsBeyondLimit)
    implements Serializable {
  public SheetRow {
    cells = List.copyOf(cells);
  }

  public SheetRow(int physicalRow, List<String> cells) {
    this(physicalRow, cells, false);
  }

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  public boolean isBlank() {
    return cells.stream()
        .allMatch(cell -> cell == null || fugong.domain.TextNormalizer.trim(cell).isEmpty());
  }
}
