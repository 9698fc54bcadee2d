package fugong.ingest;

import static fugong.ingest.SubmissionFixtures.HEADERS;
import static fugong.ingest.SubmissionFixtures.csv;
import static fugong.ingest.SubmissionFixtures.notResumedRow;
import static fugong.ingest.SubmissionFixtures.resumedRow;
import static fugong.ingest.SubmissionFixtures.validator;
import static fugong.ingest.SubmissionFixtures.with;
import static fugong.ingest.SubmissionFixtures.withoutSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The same content as UTF-8, UTF-8 with BOM, GB18030 and XLSX gives the same submissions. */
class SubmissionFormatsTest {
  private static final Set<String> DATE_HEADERS = Set.of("填报日期", "复工日期");
  private static final Set<String> NUMBER_HEADERS =
      Set.of("到岗人数", "当日产值（万元）", "宿舍间数", "住宿人数", "宿舍面积(㎡)", "可疑症状人数", "隔离观察人数", "确诊病例数");

  private static final List<Map<String, String>> ROWS =
      List.of(
          resumedRow(1),
          with(with(resumedRow(2), "当日产值（万元）", "3.75"), "宿舍面积(㎡)", "42.5"),
          notResumedRow(3),
          with(resumedRow(4), "到岗人数", "-2"));

  private static String text() {
    return csv(ROWS);
  }

  private static FileOutcome validateCsv(byte[] content) {
    return validator().validate("131102_20200301.csv", content);
  }

  @Test
  void everyEncodingAndTheWorkbookGiveTheSameSubmissions() throws IOException {
    FileOutcome utf8 = validateCsv(text().getBytes(StandardCharsets.UTF_8));
    byte[] withoutBom = text().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[withoutBom.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(withoutBom, 0, withBom, 3, withoutBom.length);
    FileOutcome bom = validateCsv(withBom);
    FileOutcome gb18030 = validateCsv(text().getBytes(Charset.forName("GB18030")));
    FileOutcome workbook = validator().validate("131102_20200301.xlsx", workbook());

    assertThat(utf8.encoding()).isEqualTo("UTF-8");
    assertThat(bom.encoding()).isEqualTo("UTF-8 with BOM");
    assertThat(gb18030.encoding()).isEqualTo("GB18030");
    assertThat(workbook.encoding()).isEqualTo("xlsx");
    assertThat(utf8.accepted()).hasSize(3);
    assertThat(utf8.accepted()).extracting(Submission::sourceRow).containsExactly(2, 3, 4);
    assertThat(utf8.quarantined()).extracting(QuarantinedRow::sourceRow).containsExactly(5);

    for (FileOutcome other : List.of(bom, gb18030)) {
      assertThat(other.accepted()).isEqualTo(utf8.accepted());
      assertThat(other.quarantined()).isEqualTo(utf8.quarantined());
    }
    assertThat(workbook.accepted().stream().map(SubmissionFixtures::withoutSource).toList())
        .isEqualTo(utf8.accepted().stream().map(SubmissionFixtures::withoutSource).toList());
    // The workbook has a title row above the header: every row is one further down.
    assertThat(workbook.accepted()).extracting(Submission::sourceRow).containsExactly(3, 4, 5);
    assertThat(workbook.accepted())
        .extracting(Submission::sourceFile)
        .containsOnly("131102_20200301.xlsx");
    assertThat(workbook.quarantined())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sourceRow()).isEqualTo(6);
              assertThat(row.reasons()).containsExactly("NEGATIVE_VALUE");
              assertThat(row.cells())
                  .containsEntry("到岗人数", "-2")
                  .containsEntry("填报日期", "2020-03-01");
            });
    Submission second = workbook.accepted().get(1);
    assertThat(second.outputValue()).isEqualByComparingTo("3.75");
    assertThat(second.dormAreaSquareMetres()).isEqualByComparingTo("42.5");
    assertThat(second.resumedOn()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(withoutSource(second).sourceRow()).isZero();
  }

  @Test
  void aTabSeparatedFileWithATitleLineGivesTheSameSubmissions() {
    FileOutcome commas = validateCsv(text().getBytes(StandardCharsets.UTF_8));
    String tabs = "衡水市工业企业复工复产日报表\r\n" + text().replace(',', '\t');

    FileOutcome outcome = validateCsv(tabs.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.status()).isEqualTo(FileStatus.READ);
    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(3, 4, 5);
    assertThat(outcome.accepted().stream().map(SubmissionFixtures::withoutSource).toList())
        .isEqualTo(commas.accepted().stream().map(SubmissionFixtures::withoutSource).toList());
  }

  /** Title row, header row, then the rows: dates as real date cells, numbers as numeric cells. */
  private static byte[] workbook() throws IOException {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("日报");
      CellStyle isoDate = workbook.createCellStyle();
      isoDate.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle builtInDate = workbook.createCellStyle();
      builtInDate.setDataFormat((short) 14);
      sheet.createRow(0).createCell(0).setCellValue("衡水市工业企业复工复产日报表（桃城区）");
      Row header = sheet.createRow(1);
      for (int column = 0; column < HEADERS.size(); column++) {
        header.createCell(column).setCellValue(HEADERS.get(column));
      }
      for (int index = 0; index < ROWS.size(); index++) {
        Row row = sheet.createRow(index + 2);
        Map<String, String> values = ROWS.get(index);
        for (int column = 0; column < HEADERS.size(); column++) {
          String headerText = HEADERS.get(column);
          String value = values.get(headerText);
          if (value.isEmpty()) {
            continue;
          }
          org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
          if (DATE_HEADERS.contains(headerText)) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(headerText.equals("填报日期") ? isoDate : builtInDate);
          } else if (NUMBER_HEADERS.contains(headerText)) {
            cell.setCellValue(Double.parseDouble(value));
          } else {
            cell.setCellValue(value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
