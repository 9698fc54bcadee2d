package fugong.sheet;

import fugong.domain.TextNormalizer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text (comma, or tab when the first line has tabs and no commas) into rows. Empty
 * lines are kept so that record numbers stay the physical row numbers a clerk sees.
 */
public final class CsvSheetReader {
  private CsvSheetReader() {}

  /** Decodes (strictly) and parses a CSV file under the default limits. */
  public static Sheet read(String fileName, byte[] bytes) throws SheetRejectedException {
    return read(fileName, bytes, SheetLimits.DEFAULTS);
  }

  /**
   * Decodes (strictly) and parses a CSV file; the sheet names the encoding it found. A line longer
   * than {@link SheetLimits#maxLineBytes()} is refused before anything is decoded; more rows than
   * {@link SheetLimits#maxRows()} are refused; cells right of {@link SheetLimits#maxColumns()} are
   * not kept (the row only records whether one of them was non-empty).
   */
  public static Sheet read(String fileName, byte[] bytes, SheetLimits limits)
      throws SheetRejectedException {
    SheetLimits.refuseEmpty(fileName, bytes);
    checkLineLengths(fileName, bytes, limits.maxLineBytes());
    DecodedText decoded =
        TextDecoder.decode(bytes)
            .orElseThrow(
                () ->
                    new SheetRejectedException(
                        SheetRejection.BAD_ENCODING,
                        fileName
                            + ": the bytes are neither valid UTF-8 nor valid GBK/GB18030; save the"
                            + " file as CSV UTF-8"));
    try {
      return new Sheet(parse(decoded.text(), limits), decoded.encoding());
    } catch (SheetRejectedException malformed) {
      throw new SheetRejectedException(
          malformed.reason(), fileName + ": " + malformed.getMessage());
    }
  }

  /**
   * Splits decoded text into rows; the delimiter is guessed from the first line holding a tab or a
   * comma, so that a title line above the header does not decide it.
   */
  public static List<SheetRow> parse(String text) throws SheetRejectedException {
    return parse(text, SheetLimits.DEFAULTS);
  }

  /** As {@link #parse(String)}, under the row, column and cell limits. */
  public static List<SheetRow> parse(String text, SheetLimits limits)
      throws SheetRejectedException {
    char delimiter = guessDelimiter(text);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    List<SheetRow> rows = new ArrayList<>();
    long cellsKept = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        int rowNumber = (int) record.getRecordNumber();
        limits.checkRows(rows.size(), rowNumber, "");
        int kept = Math.min(record.size(), limits.maxColumns());
        cellsKept += kept;
        limits.checkCells(cellsKept, rowNumber, "");
        List<String> cells = new ArrayList<>(kept);
        boolean beyondLimit = false;
        for (int index = 0; index < record.size(); index++) {
          String cell = record.get(index);
          if (cell.length() > limits.maxLineBytes()) {
            throw new SheetRejectedException(
                SheetRejection.LINE_TOO_LONG,
                "row "
                    + rowNumber
                    + " column "
                    + (index + 1)
                    + ": a cell of "
                    + cell.length()
                    + " characters, more than "
                    + limits.maxLineBytes()
                    + " (ingest.max_line_bytes)");
          }
          if (index < kept) {
            cells.add(cell);
          } else if (!TextNormalizer.trim(cell).isEmpty()) {
            beyondLimit = true;
          }
        }
        rows.add(new SheetRow(rowNumber, cells, beyondLimit));
      }
    } catch (IOException | java.io.UncheckedIOException malformed) {
      throw new SheetRejectedException(
          SheetRejection.MALFORMED_TEXT,
          "the text is not well-formed CSV: " + malformed.getMessage());
    }
    return rows;
  }

  /** Refuses a file with a line longer than the limit, counting bytes, before it is decoded. */
  private static void checkLineLengths(String fileName, byte[] bytes, int maxLineBytes)
      throws SheetRejectedException {
    int lineStart = 0;
    int line = 1;
    for (int index = 0; index <= bytes.length; index++) {
      if (index == bytes.length || bytes[index] == '\n') {
        if (index - lineStart > maxLineBytes) {
          throw new SheetRejectedException(
              SheetRejection.LINE_TOO_LONG,
              fileName
                  + " line "
                  + line
                  + ": "
                  + (index - lineStart)
                  + " bytes on one line, more than "
                  + maxLineBytes
                  + " (ingest.max_line_bytes)");
        }
        lineStart = index + 1;
        line++;
      }
    }
  }

  /**
   * Tab when the first line holding a tab or a comma has tabs only, else a comma. The first 19
   * lines are looked at one by one, then the rest of the text as one (without copying it).
   */
  private static char guessDelimiter(String text) {
    int start = 0;
    for (int line = 1; start <= text.length(); line++) {
      int end = line < 20 ? text.indexOf('\n', start) : -1;
      if (end < 0) {
        end = text.length();
      }
      int tab = indexOf(text, '\t', start, end);
      int comma = indexOf(text, ',', start, end);
      if (tab >= 0 || comma >= 0) {
        return tab >= 0 && comma < 0 ? '\t' : ',';
      }
      start = end + 1;
    }
    return ',';
  }

  /** The first index of {@code character} in start..end (exclusive), or -1. */
  private static int indexOf(String text, char character, int start, int end) {
    for (int index = start; index < end; index++) {
      if (text.charAt(index) == character) {
        return index;
      }
    }
    return -1;
  }
}
