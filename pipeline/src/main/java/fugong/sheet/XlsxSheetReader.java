package fugong.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx workbook with a streaming reader (fastexcel-reader): bounded
 * memory, whatever the sheet's size. Date-formatted numeric cells become ISO dates ({@code
 * 2020-03-01}); other numbers become plain decimals without a trailing {@code .0}.
 *
 * <p>Before anything is parsed, every part is unpacked once into a small buffer to count the bytes
 * it really unpacks to (the sizes a zip declares can lie): more than {@link
 * SheetLimits#maxWorkbookBytes()} is refused. A workbook without a styles part (optional in OOXML)
 * is read without number formats: it has none, so no cell is date-formatted.
 */
public final class XlsxSheetReader {
  private static final String STYLES_PART = "styles.xml";

  private XlsxSheetReader() {}

  public static Sheet read(String fileName, byte[] bytes) throws SheetRejectedException {
    return read(fileName, bytes, SheetLimits.DEFAULTS);
  }

  public static Sheet read(String fileName, byte[] bytes, SheetLimits limits)
      throws SheetRejectedException {
    SheetLimits.refuseEmpty(fileName, bytes);
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw new SheetRejectedException(
          SheetRejection.NOT_A_WORKBOOK,
          fileName
              + ": not an .xlsx workbook (an old .xls or another format renamed?); save it as .xlsx"
              + " or CSV UTF-8");
    }
    boolean hasStyles = checkUnpackedSize(fileName, bytes, limits.maxWorkbookBytes());
    String prefix = fileName + ": ";
    List<SheetRow> rows = new ArrayList<>();
    long cellsKept = 0;
    try (ReadableWorkbook workbook =
            new ReadableWorkbook(
                new ByteArrayInputStream(bytes), new ReadingOptions(hasStyles, false));
        Stream<Row> stream = firstSheet(workbook, fileName).openStream()) {
      Iterator<Row> iterator = stream.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        limits.checkRows(rows.size(), row.getRowNum(), prefix);
        int kept = Math.min(row.getCellCount(), limits.maxColumns());
        cellsKept += kept;
        limits.checkCells(cellsKept, row.getRowNum(), prefix);
        List<String> cells = new ArrayList<>(kept);
        for (int index = 0; index < kept; index++) {
          String text = text(row.getCell(index), workbook.isDate1904());
          if (text.length() > limits.maxLineBytes()) {
            throw new SheetRejectedException(
                SheetRejection.LINE_TOO_LONG,
                fileName
                    + " row "
                    + row.getRowNum()
                    + " column "
                    + (index + 1)
                    + ": a cell of "
                    + text.length()
                    + " characters, more than "
                    + limits.maxLineBytes()
                    + " (ingest.max_line_bytes)");
          }
          cells.add(text);
        }
        boolean beyondLimit = false;
        for (int index = kept; index < row.getCellCount() && !beyondLimit; index++) {
          beyondLimit =
              !fugong.domain.TextNormalizer.trim(text(row.getCell(index), workbook.isDate1904()))
                  .isEmpty();
        }
        rows.add(new SheetRow(row.getRowNum(), cells, beyondLimit));
      }
    } catch (IOException | RuntimeException unreadable) {
      throw new SheetRejectedException(
          SheetRejection.NOT_A_WORKBOOK,
          fileName + ": the workbook cannot be read: " + unreadable.getMessage());
    }
    return new Sheet(rows, "xlsx");
  }

  /**
   * Unpacks every part into a fixed buffer, counting bytes; refuses the workbook when they exceed
   * the limit. Returns whether the workbook has a styles part.
   */
  private static boolean checkUnpackedSize(String fileName, byte[] bytes, long maxWorkbookBytes)
      throws SheetRejectedException {
    boolean hasStyles = false;
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
        hasStyles |= entry.getName().endsWith(STYLES_PART);
        try (InputStream part = zip.getInputStream(entry)) {
          for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
            unpacked += read;
            if (unpacked > maxWorkbookBytes) {
              throw new SheetRejectedException(
                  SheetRejection.WORKBOOK_TOO_LARGE,
                  fileName
                      + ": the workbook unpacks to more than "
                      + maxWorkbookBytes
                      + " bytes (ingest.max_workbook_bytes); "
                      + bytes.length
                      + " bytes packed");
            }
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      throw new SheetRejectedException(
          SheetRejection.NOT_A_WORKBOOK,
          fileName + ": the workbook cannot be unpacked: " + unreadable.getMessage());
    }
    return hasStyles;
  }

  private static org.dhatim.fastexcel.reader.Sheet firstSheet(
      ReadableWorkbook workbook, String fileName) throws IOException {
    return workbook
        .getSheets()
        .findFirst()
        .orElseThrow(() -> new IOException(fileName + " has no sheet"));
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
    if (formatId != null
        && DateUtil.isADateFormat(formatId, formatString)
        && DateUtil.isValidExcelDate(value.doubleValue())) {
      return DateUtil.getLocalDateTime(value.doubleValue(), date1904).toLocalDate().toString();
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
