package fugong.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One physical row of a sheet: its 1-based row number as a clerk sees it in Excel or a text
 * editor (title and header rows counted) and its cells as text, untrimmed.
 */
public record SheetRow(int physicalRow, List<String> cells) implements Serializable {
  public SheetRow {
    cells = List.copyOf(cells);
  }

  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(cell -> cell == null || fugong.domain.TextNormalizer.trim(cell).isEmpty());
  }
}
