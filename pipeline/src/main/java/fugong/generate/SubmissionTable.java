package fugong.generate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated submission laid out for writing: an optional title row, the header row and the data
 * rows in the county's column order, plus how dates are spelled when written as text. The data rows
 * are a view of the generated rows, each laid out when it is read, so that a large file is not held
 * twice.
 */
record SubmissionTable(
    String title, List<String> headers, List<List<GeneratedCell>> rows, DateSpelling dateSpelling) {

  static SubmissionTable of(String title, CountyStyle style, List<SubmissionRow> rows) {
    List<String> headers = new ArrayList<>();
    for (ColumnSlot slot : style.columns()) {
      headers.add(slot.header());
    }
    List<List<GeneratedCell>> cells =
        new AbstractList<>() {
          @Override
          public List<GeneratedCell> get(int index) {
            return line(style, rows.get(index));
          }

          @Override
          public int size() {
            return rows.size();
          }
        };
    return new SubmissionTable(title, List.copyOf(headers), cells, style.dateSpelling());
  }

  private static List<GeneratedCell> line(CountyStyle style, SubmissionRow row) {
    List<GeneratedCell> line = new ArrayList<>(style.columns().size());
    for (ColumnSlot slot : style.columns()) {
      line.add(slot.column() == null ? GeneratedCell.text(row.extra()) : row.get(slot.column()));
    }
    return line;
  }

  /**
   * Every row (title, header, data) as text cells, each data row turned into text only when it is
   * reached.
   */
  Iterable<List<String>> asText() {
    return () -> {
      Stream<List<String>> top =
          title == null ? Stream.of(headers) : Stream.of(List.of(title), headers);
      return Stream.concat(top, rows.stream().map(this::asText)).iterator();
    };
  }

  private List<String> asText(List<GeneratedCell> row) {
    List<String> line = new ArrayList<>(row.size());
    for (GeneratedCell cell : row) {
      line.add(cell.asText(dateSpelling));
    }
    return line;
  }
}
