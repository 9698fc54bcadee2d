package fugong.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders query results as an aligned table (Chinese counted as two columns), CSV or JSON.
 *
 * <p>Table and CSV output are safe to open in a spreadsheet or show in a terminal: a text cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice against CSV injection; numbers, dates and booleans are left as they are, so {@code -3}
 * stays a number), and control characters (ESC of terminal sequences, line breaks, DEL, C1
 * controls, bidirectional overrides) are shown as visible escapes like {@code \u001b}. JSON escapes
 * control characters itself and is not opened by spreadsheets; its cells are unchanged.
 */
public final class ResultFormatter {
  /** Output formats of {@code fugong sql}. */
  public enum Format {
    TABLE,
    CSV,
    JSON
  }

  private ResultFormatter() {}

  public static String render(QueryResult result, Format format) {
    return switch (format) {
      case TABLE -> table(result);
      case CSV -> csv(result);
      case JSON -> json(result);
    };
  }

  /** Terminal columns a string occupies: East Asian wide and full-width characters count two. */
  public static int displayWidth(String text) {
    int width = 0;
    for (int index = 0; index < text.length(); ) {
      int codePoint = text.codePointAt(index);
      width += isWide(codePoint) ? 2 : 1;
      index += Character.charCount(codePoint);
    }
    return width;
  }

  private static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
  }

  private static String table(QueryResult result) {
    List<String> columns = result.columns().stream().map(ResultFormatter::visible).toList();
    List<List<String>> cells =
        result.rows().stream().map(row -> safeRow(result, row, "NULL")).toList();
    int[] widths = new int[columns.size()];
    boolean[] numeric = new boolean[columns.size()];
    for (int column = 0; column < columns.size(); column++) {
      widths[column] = displayWidth(columns.get(column));
      numeric[column] = true;
    }
    for (int index = 0; index < cells.size(); index++) {
      List<String> row = result.rows().get(index);
      for (int column = 0; column < columns.size(); column++) {
        widths[column] = Math.max(widths[column], displayWidth(cells.get(index).get(column)));
        if (row.get(column) != null && !row.get(column).matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
          numeric[column] = false;
        }
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, columns, widths, new boolean[columns.size()]);
    StringBuilder rule = new StringBuilder();
    for (int column = 0; column < columns.size(); column++) {
      rule.append(column > 0 ? "-+-" : "").append("-".repeat(widths[column]));
    }
    text.append(rule).append('\n');
    for (List<String> row : cells) {
      line(text, row, widths, numeric);
    }
    text.append('(')
        .append(result.rows().size())
        .append(result.rows().size() == 1 ? " row" : " rows");
    if (result.cut()) {
      text.append("; cut at sql.max_rows = ")
          .append(result.cutAfter())
          .append(", more rows were left out");
    }
    text.append(")\n");
    return text.toString();
  }

  private static void line(
      StringBuilder text, List<String> cells, int[] widths, boolean[] rightAligned) {
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - displayWidth(cell));
      text.append(column > 0 ? " | " : "")
          .append(rightAligned[column] ? padding + cell : cell + padding);
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    text.append('\n');
  }

  /** A row as it may be shown: formulas neutralised in text columns, control characters escaped. */
  private static List<String> safeRow(QueryResult result, List<String> row, String nullText) {
    List<String> cells = new java.util.ArrayList<>(row.size());
    for (int column = 0; column < row.size(); column++) {
      String value = row.get(column);
      cells.add(
          value == null
              ? nullText
              : visible(result.textColumns().get(column) ? neutralised(value) : value));
    }
    return cells;
  }

  /**
   * A text cell a spreadsheet would take for a formula ({@code =HYPERLINK(…)}, {@code +1+1}, {@code
   * -2+3}, {@code @SUM(…)}, or one starting with a tab or carriage return) with a leading
   * apostrophe, which spreadsheets show as plain text; any other text unchanged.
   */
  public static String neutralised(String text) {
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static final String FORMULA_STARTS = "=+-@\t\r";

  /**
   * The text with every control character shown as a visible escape ({@code \u001b} for ESC): C0
   * controls (line breaks and tabs included), DEL, C1 controls and the bidirectional embedding,
   * override and isolate marks that can reorder what a terminal shows.
   */
  public static String visible(String text) {
    StringBuilder shown = null;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      if (isControl(character)) {
        if (shown == null) {
          shown = new StringBuilder(text.length() + 8).append(text, 0, index);
        }
        shown.append(String.format("\\u%04x", (int) character));
      } else if (shown != null) {
        shown.append(character);
      }
    }
    return shown == null ? text : shown.toString();
  }

  private static boolean isControl(char character) {
    return character < 0x20
        || (character >= 0x7F && character <= 0x9F)
        || (character >= 0x202A && character <= 0x202E)
        || (character >= 0x2066 && character <= 0x2069);
  }

  private static String csv(QueryResult result) {
    StringWriter writer = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(
          result.columns().stream().map(column -> visible(neutralised(column))).toList());
      for (List<String> row : result.rows()) {
        printer.printRecord(safeRow(result, row, ""));
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return writer.toString();
  }

  private static String json(QueryResult result) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (List<String> row : result.rows()) {
      ObjectNode object = array.addObject();
      for (int column = 0; column < result.columns().size(); column++) {
        object.put(result.columns().get(column), row.get(column));
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (JsonProcessingException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
