package fugong.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown (GitHub) table: columns holding only numbers are right-aligned, others left-aligned.
 */
final class MarkdownTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... headers) {
    this.headers = List.of(headers);
  }

  MarkdownTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + headers.size() + " cells expected, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString().replace("|", "\\|"));
    }
    rows.add(row);
    return this;
  }

  String render() {
    StringBuilder text = new StringBuilder();
    line(text, headers);
    List<String> alignment = new ArrayList<>();
    for (int column = 0; column < headers.size(); column++) {
      alignment.add(isNumeric(column) ? "---:" : "---");
    }
    line(text, alignment);
    rows.forEach(row -> line(text, row));
    return text.toString();
  }

  /**
   * True when every cell of the column is a number (digits, separators, a sign, a % unit) or empty
   * or a dash.
   */
  private boolean isNumeric(int column) {
    return !rows.isEmpty()
        && rows.stream()
            .map(row -> row.get(column))
            .allMatch(cell -> cell.matches("[-+]?[0-9][0-9,.]*( %)?|—|"));
  }

  private static void line(StringBuilder text, List<String> cells) {
    text.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
