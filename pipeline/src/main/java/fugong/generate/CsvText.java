package fugong.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders rows of text cells as CSV (quoting only where needed), with the given line separator, as
 * a string or onto a writer.
 */
final class CsvText {
  private static final int PIECE_CHARACTERS = 1 << 15;

  private CsvText() {}

  static String render(List<List<String>> rows, String lineSeparator) {
    StringWriter text = new StringWriter();
    try {
      write(text, rows, lineSeparator);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }

  /**
   * Writes the rows one by one as they come, so that they need not all be in memory, and closes
   * {@code out}. Rows are rendered into a buffer that goes to {@code out} in large pieces: the
   * printer writes a character at a time, which a writer would pay a lock for each time.
   */
  static void write(Writer out, Iterable<? extends List<String>> rows, String lineSeparator)
      throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator(lineSeparator).get();
    StringBuilder pending = new StringBuilder(2 * PIECE_CHARACTERS);
    try (out;
        CSVPrinter printer = new CSVPrinter(pending, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
        if (pending.length() >= PIECE_CHARACTERS) {
          out.append(pending);
          pending.setLength(0);
        }
      }
      out.append(pending);
    }
  }
}
