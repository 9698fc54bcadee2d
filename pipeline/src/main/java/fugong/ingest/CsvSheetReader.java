package fugong.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text (comma, or tab when the first line has tabs and no commas) into rows.
 * Empty lines are kept so that record numbers stay the physical row numbers a clerk sees.
 */
public final class CsvSheetReader {
  private CsvSheetReader() {}

  /** Decodes (strictly) and parses a CSV file; the sheet names the encoding it found. */
  public static Sheet read(String fileName, byte[] bytes) throws FileRejectedException {
    if (bytes.length == 0) {
      throw new FileRejectedException(FileRejection.EMPTY_FILE, fileName + ": the file is empty (0 bytes)");
    }
    DecodedText decoded =
        TextDecoder.decode(bytes)
            .orElseThrow(
                () ->
                    new FileRejectedException(
                        FileRejection.BAD_ENCODING,
                        fileName + ": the bytes are neither valid UTF-8 nor valid GBK/GB18030; save the file as CSV UTF-8"));
    try {
      return new Sheet(parse(decoded.text()), decoded.encoding());
    } catch (FileRejectedException malformed) {
      throw new FileRejectedException(malformed.reason(), fileName + ": " + malformed.getMessage());
    }
  }

  /**
   * Splits decoded text into rows; the delimiter is guessed from the first line holding a tab or a
   * comma, so that a title line above the header does not decide it.
   */
  public static List<SheetRow> parse(String text) throws FileRejectedException {
    char delimiter = guessDelimiter(text);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false).get();
    List<SheetRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException | java.io.UncheckedIOException malformed) {
      throw new FileRejectedException(
          FileRejection.NO_HEADER, "the text is not well-formed CSV: " + malformed.getMessage());
    }
    return rows;
  }

  private static char guessDelimiter(String text) {
    for (String line : text.split("\r?\n", 20)) {
      if (line.indexOf('\t') < 0 && line.indexOf(',') < 0) {
        continue;
      }
      return line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',';
    }
    return ',';
  }
}
