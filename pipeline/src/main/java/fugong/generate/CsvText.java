package fugong.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Renders rows of text cells as CSV (quoting only where needed), with the given line separator. */
final class CsvText {
  private CsvText() {}

  static String render(List<List<String>> rows, String lineSeparator) {
    StringWriter text = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator(lineSeparator).get();
    try (CSVPrinter printer = new CSVPrinter(text, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }
}
