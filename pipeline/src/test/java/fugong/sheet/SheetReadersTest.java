package fugong.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetReadersTest {
  private static List<List<String>> cells(Sheet sheet) {
    return sheet.rows().stream().map(SheetRow::cells).toList();
  }

  @Test
  void theDecoderNamesTheEncodingItFoundAndRefusesBytesOfNeither() {
    String text = "县市区代码,县市区名称\n131102,桃城区\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

    assertThat(TextDecoder.decode(utf8)).contains(new DecodedText(text, "UTF-8"));
    assertThat(TextDecoder.decode(withBom)).contains(new DecodedText(text, "UTF-8 with BOM"));
    assertThat(TextDecoder.decode(text.getBytes(Charset.forName("GBK"))))
        .contains(new DecodedText(text, "GB18030"));
    // 0x81 0x20 is a GBK lead byte followed by a space: valid in neither
    assertThat(TextDecoder.decode(new byte[] {(byte) 0x81, 0x20})).isEmpty();
  }

  @Test
  void aTabSeparatedFileUnderATitleLineKeepsPhysicalRowNumbersAndEmptyLines()
      throws SheetRejectedException {
    String text = "衡水市领导包县分工表\n局领导\t分包县市区\n赵振川\t桃城区\n\n\t\"冀州区, 高新区\"\n";

    Sheet sheet = CsvSheetReader.read("assignments.csv", text.getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.encoding()).isEqualTo("UTF-8");
    assertThat(cells(sheet))
        .containsExactly(
            List.of("衡水市领导包县分工表"),
            List.of("局领导", "分包县市区"),
            List.of("赵振川", "桃城区"),
            List.of(""),
            List.of("", "冀州区, 高新区"));
    assertThat(sheet.rows()).extracting(SheetRow::physicalRow).containsExactly(1, 2, 3, 4, 5);
    assertThat(sheet.rows().get(3).isBlank()).isTrue();
  }

  @Test
  void theDelimiterIsThatOfTheFirstLineWithATabOrACommaHoweverFarDown()
      throws SheetRejectedException {
    String titles = "标题\n".repeat(24);
    assertThat(cells(CsvSheetReader.read("a.csv", (titles + "局领导\t分包县市区\n").getBytes(UTF_8))))
        .endsWith(List.of("局领导", "分包县市区"));
    assertThat(cells(CsvSheetReader.read("a.csv", (titles + "局领导,分包县市区\n").getBytes(UTF_8))))
        .endsWith(List.of("局领导", "分包县市区"));
    // a comma on a line after the first tab-only line does not count
    assertThat(cells(CsvSheetReader.read("a.csv", "标题\na\tb\nc,d\n".getBytes(UTF_8))))
        .containsExactly(List.of("标题"), List.of("a", "b"), List.of("c,d"));
  }

  @Test
  void eachUnreadableTextIsRefusedWithItsReasonAndTheFileName() {
    SheetLimits twoRows = new SheetLimits(2, 200, 2_000_000, 1 << 20, 256L << 20);
    SheetLimits threeColumnsFourCells = new SheetLimits(100, 3, 4, 1 << 20, 256L << 20);

    assertThatThrownBy(() -> CsvSheetReader.read("a.csv", new byte[0]))
        .isInstanceOf(SheetRejectedException.class)
        .hasMessage("a.csv: the file is empty (0 bytes)")
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.EMPTY_FILE);
    assertThatThrownBy(() -> CsvSheetReader.read("a.csv", new byte[] {(byte) 0x81, 0x20}))
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.BAD_ENCODING);
    assertThatThrownBy(
            () ->
                CsvSheetReader.read(
                    "a.csv", "a,b\n\"open,quote\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("a.csv: the text is not well-formed CSV")
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.MALFORMED_TEXT);
    assertThatThrownBy(
            () ->
                CsvSheetReader.read("a.csv", "a\nb\nc\n".getBytes(StandardCharsets.UTF_8), twoRows))
        .hasMessage("a.csv: more than 2 rows (ingest.max_rows); row 3 is one too many")
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.TOO_MANY_ROWS);
    // 3 cells kept of row 1 (the 4th is beyond the columns kept), then 3 more by row 2: 6 > 4
    assertThatThrownBy(
            () ->
                CsvSheetReader.read(
                    "a.csv",
                    "a,b,c,d\ne,f,g\n".getBytes(StandardCharsets.UTF_8),
                    threeColumnsFourCells))
        .hasMessage("a.csv: more than 4 cells (ingest.max_cells) by row 2")
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.TOO_MANY_CELLS);
  }

  @Test
  void cellsRightOfTheColumnsKeptAreDroppedButRemembered() throws SheetRejectedException {
    SheetLimits twoColumns = new SheetLimits(100, 2, 2_000_000, 1 << 20, 256L << 20);

    List<SheetRow> rows = CsvSheetReader.parse("a,b,c\nd,e,\n", twoColumns);

    assertThat(rows.get(0).cells()).containsExactly("a", "b");
    assertThat(rows.get(0).cellsBeyondLimit()).isTrue();
    assertThat(rows.get(1).cells()).containsExactly("d", "e");
    assertThat(rows.get(1).cellsBeyondLimit()).isFalse();
  }

  @Test
  void aWorkbookGivesDatesAsIsoDatesAndNumbersWithoutATrailingZero()
      throws IOException, SheetRejectedException {
    byte[] bytes;
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("名录");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("填报日期");
      header.createCell(1).setCellValue("正常用工人数");
      header.createCell(2).setCellValue("正常日产值(万元)");
      Row data = sheet.createRow(1);
      CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      data.createCell(0).setCellValue(LocalDate.of(2020, 3, 1));
      data.getCell(0).setCellStyle(dateStyle);
      data.createCell(1).setCellValue(120.0);
      data.createCell(2).setCellValue(25.50);
      book.write(out);
      bytes = out.toByteArray();
    }

    Sheet sheet = XlsxSheetReader.read("enterprises.xlsx", bytes);

    assertThat(sheet.encoding()).isEqualTo("xlsx");
    assertThat(cells(sheet))
        .containsExactly(
            List.of("填报日期", "正常用工人数", "正常日产值(万元)"), List.of("2020-03-01", "120", "25.5"));
    assertThat(sheet.rows()).extracting(SheetRow::physicalRow).containsExactly(1, 2);
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedAsSuch() {
    assertThatThrownBy(
            () ->
                XlsxSheetReader.read("old.xlsx", "县市区代码,县市区名称\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage(
            "old.xlsx: not an .xlsx workbook (an old .xls or another format renamed?); save it as"
                + " .xlsx or CSV UTF-8")
        .extracting(thrown -> ((SheetRejectedException) thrown).reason())
        .isEqualTo(SheetRejection.NOT_A_WORKBOOK);
  }
}
