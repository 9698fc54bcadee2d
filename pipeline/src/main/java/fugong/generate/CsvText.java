package fugong.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Renders rows of text cells as CSV (quoting only where needed), with the given line separator, as a string or onto a writer. */
final class CsvText {
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

  /** Writes the rows one by one as they come, so that they need not all be in memory; closes {@code out}. */
  static void write(Writer out, Iterable<? extends List<String>> rows, String lineSeparator) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator(lineSeparator).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }
}
