package fugong.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a submission as an .xlsx workbook with POI's streaming writer: numbers as numeric cells,
 * dates either as real Excel date cells (numeric with a date format) or as text, an optional title
 * row above the header. The document's core properties carry a fixed date derived from the report
 * date, so the same table gives the same cell contents every time.
 */
final class XlsxSubmissionWriter {
  private static final int ROWS_IN_MEMORY = 200;

  private XlsxSubmissionWriter() {}

  /** Writes the workbook to {@code out}. */
  static void write(
      SubmissionTable table, boolean excelDates, java.time.LocalDate reportDate, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      POIXMLProperties.CoreProperties core =
          workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      java.util.Date fixed =
          java.util.Date.from(
              reportDate.atTime(17, 0).atZone(java.time.ZoneOffset.ofHours(8)).toInstant());
      core.setCreated(Optional.of(fixed));
      core.setModified(Optional.of(fixed));
      core.setCreator("fugong generate");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = workbook.createSheet("日报表");
      int rowIndex = 0;
      if (table.title() != null) {
        sheet.createRow(rowIndex++).createCell(0).setCellValue(table.title());
      }
      Row header = sheet.createRow(rowIndex++);
      List<String> headers = table.headers();
      for (int column = 0; column < headers.size(); column++) {
        header.createCell(column).setCellValue(headers.get(column));
      }
      for (List<GeneratedCell> cells : table.rows()) {
        Row row = sheet.createRow(rowIndex++);
        for (int column = 0; column < cells.size(); column++) {
          GeneratedCell cell = cells.get(column);
          if (cell.isEmpty()) {
            continue;
          }
          Cell target = row.createCell(column);
          switch (cell.kind()) {
            case NUMBER -> target.setCellValue(cell.number().doubleValue());
            case DATE -> {
              if (excelDates) {
                target.setCellValue(cell.date());
                target.setCellStyle(dateStyle);
              } else {
                target.setCellValue(cell.asText(table.dateSpelling()));
              }
            }
            case TEXT -> target.setCellValue(cell.text());
          }
        }
      }
      try {
        workbook.write(out);
      } finally {
        workbook.dispose();
      }
    }
  }
}
