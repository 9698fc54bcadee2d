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

/** Renders query results as an aligned table (Chinese counted as two columns), CSV or JSON. */
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
    List<String> columns = result.columns();
    int[] widths = new int[columns.size()];
    boolean[] numeric = new boolean[columns.size()];
    for (int column = 0; column < columns.size(); column++) {
      widths[column] = displayWidth(columns.get(column));
      numeric[column] = true;
    }
    for (List<String> row : result.rows()) {
      for (int column = 0; column < columns.size(); column++) {
        String cell = cell(row.get(column));
        widths[column] = Math.max(widths[column], displayWidth(cell));
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
    for (List<String> row : result.rows()) {
      line(text, row.stream().map(ResultFormatter::cell).toList(), widths, numeric);
    }
    text.append('(').append(result.rows().size()).append(result.rows().size() == 1 ? " row)" : " rows)").append('\n');
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths, boolean[] rightAligned) {
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      String padding = " ".repeat(widths[column] - displayWidth(cell));
      text.append(column > 0 ? " | " : "").append(rightAligned[column] ? padding + cell : cell + padding);
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    text.append('\n');
  }

  private static String cell(String value) {
    return value == null ? "NULL" : value.replace('\n', ' ');
  }

  private static String csv(QueryResult result) {
    StringWriter writer = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(result.columns());
      for (List<String> row : result.rows()) {
        printer.printRecord(row);
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
