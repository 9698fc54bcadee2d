package fugong.ingest;

import fugong.domain.PersonalDataMask;
import fugong.domain.TextNormalizer;
import fugong.sheet.HeaderRow;
import fugong.sheet.HeaderSearch;
import fugong.sheet.SheetRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column sits in a submission file: found by name, in any order. The header row is the
 * first row (among the first {@value HeaderSearch#MAX_TITLE_ROWS} + 1, {@link HeaderSearch}) that
 * names both 统一社会信用代码 and 是否复工; rows above it are titles.
 */
public final class HeaderLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int headerIndex;
  private final List<String> headers;
  private final Map<SubmissionColumn, Integer> positions;

  /**
   * The open key of each header column, as {@link #cellsWithoutPersonalData} names its cells: null
   * for a personal column and for a name an earlier column already has.
   */
  private final String[] openKeys;

  private final int openKeyCount;

  /**
   * The column each header cell names (null for none), resolved once: a row's personal cells are
   * found by it without normalising the header again for every row.
   */
  private final SubmissionColumn[] columns;

  private HeaderLayout(
      int headerIndex, List<String> headers, Map<SubmissionColumn, Integer> positions) {
    this.headerIndex = headerIndex;
    this.headers = List.copyOf(headers);
    this.positions = Collections.unmodifiableMap(positions);
    this.openKeys = new String[this.headers.size()];
    this.columns = new SubmissionColumn[this.headers.size()];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int index = 0; index < openKeys.length; index++) {
      SubmissionColumn column = SubmissionColumn.byHeader(this.headers.get(index)).orElse(null);
      columns[index] = column;
      String key = PersonalDataMask.mask(columnName(index));
      if (!(column != null && column.isPersonal()) && seen.add(key)) {
        openKeys[index] = key;
      }
    }
    this.openKeyCount = seen.size();
  }

  /** The header of a column as written, or 列N when it has none. */
  private String columnName(int index) {
    return index < headers.size() && !headers.get(index).isEmpty()
        ? headers.get(index)
        : "列" + (index + 1);
  }

  /** Locates the header row of a sheet; rejects the file when there is none or it lacks columns. */
  public static HeaderLayout locate(String fileName, List<SheetRow> rows)
      throws FileRejectedException {
    Optional<HeaderRow<SubmissionColumn>> found =
        HeaderSearch.locate(
            rows,
            0,
            SubmissionColumn.class,
            SubmissionColumn::byHeader,
            header -> header.has(SubmissionColumn.USCC) && header.has(SubmissionColumn.RESUMED));
    if (found.isEmpty()) {
      if (rows.stream().allMatch(SheetRow::isBlank)) {
        throw new FileRejectedException(
            FileRejection.EMPTY_FILE, fileName + ": the file has no rows");
      }
      throw new FileRejectedException(
          FileRejection.NO_HEADER,
          fileName
              + ": no header row naming 统一社会信用代码 and 是否复工 in the first "
              + HeaderSearch.searchEnd(rows, 0)
              + " rows");
    }
    HeaderRow<SubmissionColumn> header = found.get();
    SheetRow headerRow = header.row();
    List<String> cells = headerRow.cells();
    if (headerRow.cellsBeyondLimit()) {
      throw new FileRejectedException(
          FileRejection.TOO_MANY_COLUMNS,
          fileName
              + " row "
              + headerRow.physicalRow()
              + ": the header has a column right of column "
              + cells.size()
              + ", more columns than the limit (ingest.max_columns)");
    }
    // several personal columns (手机, 办公电话, …) are all personal, not a duplicate
    List<String> duplicates =
        header.repeated().stream()
            .filter(column -> !column.isPersonal())
            .map(SubmissionColumn::header)
            .toList();
    if (!duplicates.isEmpty()) {
      throw new FileRejectedException(
          FileRejection.DUPLICATE_COLUMNS,
          fileName
              + " row "
              + headerRow.physicalRow()
              + ": these columns appear twice: "
              + String.join("、", duplicates));
    }
    List<String> missing =
        header
            .missing(
                Arrays.stream(SubmissionColumn.values())
                    .filter(SubmissionColumn::requiredHeader)
                    .toList())
            .stream()
            .map(SubmissionColumn::header)
            .toList();
    if (!missing.isEmpty()) {
      throw new FileRejectedException(
          FileRejection.MISSING_COLUMNS,
          fileName
              + " row "
              + headerRow.physicalRow()
              + ": the header lacks "
              + missing.size()
              + " required column(s): "
              + String.join("、", missing));
    }
    List<String> headers = new ArrayList<>();
    for (String cell : cells) {
      headers.add(TextNormalizer.trim(cell));
    }
    return new HeaderLayout(header.index(), headers, header.positions());
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

  /** How many columns the header has: up to its last non-empty cell. */
  public int width() {
    int width = headers.size();
    while (width > 0 && headers.get(width - 1).isEmpty()) {
      width--;
    }
    return width;
  }

  /**
   * Why a data row does not line up with the header (ROW_WIDTH_MISMATCH), or empty when it does: a
   * non-empty cell right of the header's last column; in delimited text also fewer fields than the
   * header has (missing trailing cells of a workbook are just empty).
   */
  public Optional<String> widthMismatch(SheetRow row, boolean delimitedText) {
    int width = width();
    int lastNonEmpty = -1;
    for (int index = row.cells().size() - 1; index >= 0; index--) {
      if (!TextNormalizer.trim(row.cells().get(index)).isEmpty()) {
        lastNonEmpty = index;
        break;
      }
    }
    if (row.cellsBeyondLimit() || lastNonEmpty >= width) {
      String beyond =
          row.cellsBeyondLimit()
              ? "beyond column " + row.cells().size()
              : "in column " + (lastNonEmpty + 1);
      return Optional.of(
          "本行有非空单元格在表头最后一列（第"
              + width
              + "列）之后 / a non-empty cell "
              + beyond
              + ", right of the header's last column "
              + width);
    }
    if (delimitedText && row.cells().size() < width) {
      return Optional.of(
          "本行只有"
              + row.cells().size()
              + "个字段，表头有"
              + width
              + "列 / "
              + row.cells().size()
              + " fields, the header has "
              + width);
    }
    return Optional.empty();
  }

  /**
   * The personal cells of a row of one kind ({@link SubmissionColumn#REPORTER} for names, {@link
   * SubmissionColumn#PHONE} for contact details), from every column of that kind, joined by {@code
   * ；}. Only the restricted area stores them.
   */
  public String personalCells(SheetRow row, SubmissionColumn kind) {
    List<String> values = new ArrayList<>();
    for (int index = 0; index < columns.length; index++) {
      if (columns[index] == kind) {
        String value = TextNormalizer.trim(row.cell(index));
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return String.join("；", values);
  }

  /**
   * Every cell of a row by header as written (or 列N), unmasked and personal ones included:
   * restricted area only.
   */
  public Map<String, String> allCells(SheetRow row) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int index = 0; index < row.cells().size(); index++) {
      String header =
          index < headers.size() && !headers.get(index).isEmpty()
              ? headers.get(index)
              : "列" + (index + 1);
      String value = TextNormalizer.trim(row.cell(index));
      if (!value.isEmpty() || index < headers.size()) {
        cells.putIfAbsent(header, value);
      }
    }
    return cells;
  }

  /** The trimmed cell of a column in a row; empty text when the column or cell is absent. */
  public String cell(SheetRow row, SubmissionColumn column) {
    Integer position = positions.get(column);
    return position == null ? "" : TextNormalizer.trim(row.cell(position));
  }

  /**
   * Every cell of a row by header as written, personal columns left out, trimmed, and phone and ID
   * numbers masked ({@link PersonalDataMask}) wherever they were written. Cells beyond the header
   * get the header {@code 列N} (column N, 1-based) so nothing is dropped.
   */
  public Map<String, String> cellsWithoutPersonalData(SheetRow row) {
    if (row.cells().size() <= headers.size()) {
      // the common row: no cell right of the header, so the file's shared keys name every cell
      String[] values = new String[openKeys.length];
      for (int index = 0; index < openKeys.length; index++) {
        if (openKeys[index] != null) {
          values[index] = PersonalDataMask.mask(TextNormalizer.trim(row.cell(index)));
        }
      }
      return new RowCells(openKeys, values, openKeyCount);
    }
    Map<String, String> cells = new LinkedHashMap<>();
    int width = Math.max(headers.size(), row.cells().size());
    for (int index = 0; index < width; index++) {
      String header =
          index < headers.size() && !headers.get(index).isEmpty()
              ? headers.get(index)
              : "列" + (index + 1);
      Optional<SubmissionColumn> column =
          index < headers.size() ? SubmissionColumn.byHeader(headers.get(index)) : Optional.empty();
      if (column.isPresent() && column.get().isPersonal()) {
        continue;
      }
      String value = TextNormalizer.trim(row.cell(index));
      if (index >= headers.size() && value.isEmpty()) {
        continue;
      }
      cells.putIfAbsent(PersonalDataMask.mask(header), PersonalDataMask.mask(value));
    }
    return cells;
  }
}
