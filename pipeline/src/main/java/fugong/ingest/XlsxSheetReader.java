package fugong.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx workbook with a streaming reader (fastexcel-reader): bounded
 * memory, whatever the sheet's size. Date-formatted numeric cells become ISO dates
 * ({@code 2020-03-01}); other numbers become plain decimals without a trailing {@code .0}.
 */
public final class XlsxSheetReader {
  private XlsxSheetReader() {}

  public static Sheet read(String fileName, byte[] bytes) throws FileRejectedException {
    if (bytes.length == 0) {
      throw new FileRejectedException(FileRejection.EMPTY_FILE, fileName + ": the file is empty (0 bytes)");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw new FileRejectedException(
          FileRejection.NOT_A_WORKBOOK,
          fileName + ": not an .xlsx workbook (an old .xls or another format renamed?); save it as .xlsx or CSV UTF-8");
    }
    List<SheetRow> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
            new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
        Stream<Row> stream = firstSheet(workbook, fileName).openStream()) {
      Iterator<Row> iterator = stream.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        List<String> cells = new ArrayList<>();
        for (int index = 0; index < row.getCellCount(); index++) {
          cells.add(text(row.getCell(index), workbook.isDate1904()));
        }
        rows.add(new SheetRow(row.getRowNum(), cells));
      }
    } catch (IOException | RuntimeException unreadable) {
      throw new FileRejectedException(
          FileRejection.NOT_A_WORKBOOK, fileName + ": the workbook cannot be read: " + unreadable.getMessage());
    }
    return new Sheet(rows, "xlsx");
  }

  private static org.dhatim.fastexcel.reader.Sheet firstSheet(ReadableWorkbook workbook, String fileName) throws IOException {
    return workbook.getSheets().findFirst().orElseThrow(() -> new IOException(fileName + " has no sheet"));
  }

  private static String text(Cell cell, boolean date1904) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case EMPTY -> "";
      case NUMBER -> number(cell, date1904);
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case STRING -> cell.asString();
      default -> cell.getRawValue() == null ? cell.getText() : cell.getRawValue();
    };
  }

  private static String number(Cell cell, boolean date1904) {
    BigDecimal value = cell.asNumber();
    Integer formatId = cell.getDataFormatId();
    String formatString = cell.getDataFormatString();
    if (formatId != null && DateUtil.isADateFormat(formatId, formatString) && DateUtil.isValidExcelDate(value.doubleValue())) {
      return DateUtil.getLocalDateTime(value.doubleValue(), date1904).toLocalDate().toString();
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
