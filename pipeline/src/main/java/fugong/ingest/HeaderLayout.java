package fugong.ingest;

import fugong.domain.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column sits in a file: found by name, in any order. The header row is the first row
 * (among the first {@value #MAX_TITLE_ROWS} + 1) that names both 统一社会信用代码 and 是否复工;
 * rows above it are titles.
 */
public final class HeaderLayout implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_TITLE_ROWS = 5;

  private final int headerIndex;
  private final List<String> headers;
  private final Map<SubmissionColumn, Integer> positions;

  private HeaderLayout(int headerIndex, List<String> headers, Map<SubmissionColumn, Integer> positions) {
    this.headerIndex = headerIndex;
    this.headers = List.copyOf(headers);
    this.positions = Collections.unmodifiableMap(positions);
  }

  /** Locates the header row of a sheet; rejects the file when there is none or it lacks columns. */
  public static HeaderLayout locate(String fileName, List<SheetRow> rows) throws FileRejectedException {
    int limit = Math.min(rows.size(), MAX_TITLE_ROWS + 1);
    for (int index = 0; index < limit; index++) {
      Map<SubmissionColumn, Integer> positions = new EnumMap<>(SubmissionColumn.class);
      List<String> duplicates = new ArrayList<>();
      List<String> cells = rows.get(index).cells();
      for (int column = 0; column < cells.size(); column++) {
        int position = column;
        SubmissionColumn.byHeader(cells.get(column))
            .ifPresent(
                found -> {
                  Integer previous = positions.putIfAbsent(found, position);
                  if (previous != null) {
                    duplicates.add(found.header());
                  }
                });
      }
      if (!positions.containsKey(SubmissionColumn.USCC) || !positions.containsKey(SubmissionColumn.RESUMED)) {
        continue;
      }
      SheetRow headerRow = rows.get(index);
      if (!duplicates.isEmpty()) {
        throw new FileRejectedException(
            FileRejection.DUPLICATE_COLUMNS,
            fileName + " row " + headerRow.physicalRow() + ": these columns appear twice: " + String.join("、", duplicates));
      }
      List<String> missing = new ArrayList<>();
      for (SubmissionColumn column : SubmissionColumn.values()) {
        if (column.requiredHeader() && !positions.containsKey(column)) {
          missing.add(column.header());
        }
      }
      if (!missing.isEmpty()) {
        throw new FileRejectedException(
            FileRejection.MISSING_COLUMNS,
            fileName + " row " + headerRow.physicalRow() + ": the header lacks " + missing.size() + " required column(s): "
                + String.join("、", missing));
      }
      List<String> headers = new ArrayList<>();
      for (String cell : cells) {
        headers.add(TextNormalizer.trim(cell));
      }
      return new HeaderLayout(index, headers, positions);
    }
    if (rows.stream().allMatch(SheetRow::isBlank)) {
      throw new FileRejectedException(FileRejection.EMPTY_FILE, fileName + ": the file has no rows");
    }
    throw new FileRejectedException(
        FileRejection.NO_HEADER,
        fileName + ": no header row naming 统一社会信用代码 and 是否复工 in the first " + limit + " rows");
  }

  /** Index (0-based, in the sheet's row list) of the header row; data rows follow it. */
  public int headerIndex() {
    return headerIndex;
  }

  /** The header cells as written in the file, trimmed. */
  public List<String> headers() {
    return headers;
  }

  public Optional<Integer> position(SubmissionColumn column) {
    return Optional.ofNullable(positions.get(column));
  }

  /** The header text as the file wrote it for a column (for messages), else the standard header. */
  public String headerAsWritten(SubmissionColumn column) {
    Integer position = positions.get(column);
    return position == null || position >= headers.size() ? column.header() : headers.get(position);
  }

  /** The trimmed cell of a column in a row; empty text when the column or cell is absent. */
  public String cell(SheetRow row, SubmissionColumn column) {
    Integer position = positions.get(column);
    return position == null ? "" : TextNormalizer.trim(row.cell(position));
  }

  /**
   * Every cell of a row by header as written, personal columns left out, trimmed. Cells beyond the
   * header get the header {@code 列N} (column N, 1-based) so nothing is dropped.
   */
  public Map<String, String> cellsWithoutPersonalData(SheetRow row) {
    Map<String, String> cells = new LinkedHashMap<>();
    int width = Math.max(headers.size(), row.cells().size());
    for (int index = 0; index < width; index++) {
      String header = index < headers.size() && !headers.get(index).isEmpty() ? headers.get(index) : "列" + (index + 1);
      Optional<SubmissionColumn> column = index < headers.size() ? SubmissionColumn.byHeader(headers.get(index)) : Optional.empty();
      if (column.isPresent() && column.get().isPersonal()) {
        continue;
      }
      String value = TextNormalizer.trim(row.cell(index));
      if (index >= headers.size() && value.isEmpty()) {
        continue;
      }
      cells.putIfAbsent(header, value);
    }
    return cells;
  }
}
