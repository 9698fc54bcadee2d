package fugong.ingest;

import static fugong.ingest.SubmissionFixtures.FILE_NAME;
import static fugong.ingest.SubmissionFixtures.HEADERS;
import static fugong.ingest.SubmissionFixtures.bytes;
import static fugong.ingest.SubmissionFixtures.csv;
import static fugong.ingest.SubmissionFixtures.resumedRow;
import static fugong.ingest.SubmissionFixtures.validator;
import static fugong.ingest.SubmissionFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.PersonalDataMask;
import fugong.sheet.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Submissions written carelessly or with intent (issue 12), read in plain Java: personal columns
 * under other names, shifted cells, ragged rows, phone numbers in checked cells, workbooks a
 * column-padding reader cannot afford, and workbooks without a styles part.
 */
class HostileSubmissionTest {
  private static final String MOBILE = "18787153769";
  private static final String CONTACT = "蔡中维";

  /** The fixture headers with 填报人/联系电话 renamed as some counties write them. */
  private static List<String> headersWith(String reporterHeader, String phoneHeader) {
    List<String> headers = new ArrayList<>(HEADERS);
    headers.set(headers.indexOf("填报人"), reporterHeader);
    headers.set(headers.indexOf("联系电话"), phoneHeader);
    return headers;
  }

  private static Map<String, String> renamed(
      Map<String, String> row, String reporterHeader, String phoneHeader) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    copy.remove("填报人");
    copy.remove("联系电话");
    copy.put(reporterHeader, CONTACT);
    copy.put(phoneHeader, MOBILE);
    return copy;
  }

  @Test
  void personalColumnsAreRecognisedByMeaningNotBySpelling() {
    for (String[] pair :
        new String[][] {
          {"联系人", "手机号码"},
          {"填报人姓名", "联系方式"},
          {"联系人姓名", "移动电话"},
          {"填报人", "办公电话"},
          {"联系人", "手机号"},
          {"联系人", "固定电话"},
          {"填 报 人", "联系电话（手机）"},
          {"经办人", "企业联系人手机"}
        }) {
      String text =
          csv(
              List.of(),
              headersWith(pair[0], pair[1]),
              List.of(renamed(resumedRow(1), pair[0], pair[1])));

      FileOutcome outcome = validator().validate(FILE_NAME, bytes(text));

      assertThat(outcome.accepted()).as(String.join("/", pair)).hasSize(1);
      RawRow raw = outcome.rawRows().get(0);
      assertThat(raw.cells().toString())
          .as(String.join("/", pair))
          .doesNotContain(CONTACT)
          .doesNotContain(MOBILE);
      assertThat(raw.reporter()).as(String.join("/", pair)).isEqualTo(CONTACT);
      assertThat(raw.phone()).as(String.join("/", pair)).isEqualTo(MOBILE);
    }
  }

  @Test
  void severalContactColumnsAreAllPersonalNotADuplicateColumn() {
    List<String> headers = new ArrayList<>(HEADERS);
    headers.add("手机");
    headers.add("办公电话");
    Map<String, String> row = new LinkedHashMap<>(resumedRow(1));
    row.put("手机", MOBILE);
    row.put("办公电话", "0318-2345678");

    FileOutcome outcome =
        validator().validate(FILE_NAME, bytes(csv(List.of(), headers, List.of(row))));

    assertThat(outcome.status()).isEqualTo(FileStatus.READ);
    assertThat(outcome.accepted()).hasSize(1);
    assertThat(outcome.rawRows().get(0).phone())
        .isEqualTo(SubmissionFixtures.PHONE + "；" + MOBILE + "；0318-2345678");
    assertThat(outcome.rawRows().get(0).cells().toString())
        .doesNotContain(MOBILE)
        .doesNotContain("2345678");
  }

  @Test
  void phoneNumbersInOpenCellsAndProblemTextsAreMasked() {
    // personal columns first, then a phone number typed into 填报日期 and into 困难描述
    List<String> headers = new ArrayList<>(HEADERS);
    headers.remove("填报人");
    headers.remove("联系电话");
    headers.add(0, "联系电话");
    headers.add(0, "填报人");
    Map<String, String> badDate = with(resumedRow(1), "填报日期", MOBILE);
    Map<String, String> note =
        with(resumedRow(2), "困难描述", "请联系 187-8715-3769 或身份证131102198503170023");

    FileOutcome outcome =
        validator().validate(FILE_NAME, bytes(csv(List.of(), headers, List.of(badDate, note))));

    assertThat(outcome.quarantined())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sourceRow()).isEqualTo(2);
              assertThat(row.reasons()).containsExactly("BAD_DATE");
              assertThat(row.cells()).containsEntry("填报日期", PersonalDataMask.MOBILE);
            });
    Problem problem = outcome.problems().get(0);
    assertThat(problem.toLine())
        .isEqualTo(
            "131102_20200301.csv:2\t填报日期\tBAD_DATE\t\"[手机号]\"\t不是有效的日期（如 2020-03-01） / not a real"
                + " date (write e.g. 2020-03-01)");
    assertThat(outcome.accepted())
        .singleElement()
        .satisfies(
            submission ->
                assertThat(submission.difficultyNote()).isEqualTo("请联系 [手机号] 或身份证[身份证号]"));
    assertThat(outcome.rawRows().toString())
        .contains(SubmissionFixtures.PHONE); // the restricted part of the raw row
    for (RawRow raw : outcome.rawRows()) {
      assertThat(raw.cells().toString())
          .doesNotContain(MOBILE)
          .doesNotContain("8715")
          .doesNotContain("131102198503170023");
    }
  }

  @Test
  void anUnquotedCommaInTheReporterCellShiftsTheRowWhichIsQuarantinedWithNoCellOpen() {
    // 填报人 "刘敏,王强" unquoted: every cell right of it moves one column, the phone lands in a column
    // beyond the header
    String good = csv(List.of(resumedRow(1))).lines().toList().get(1);
    String shifted =
        csv(List.of(resumedRow(2)))
            .lines()
            .toList()
            .get(1)
            .replace(SubmissionFixtures.REPORTER, "刘敏,王强");
    String text = csvHeader() + good + "\r\n" + shifted + "\r\n";

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(text));

    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(2);
    assertThat(outcome.quarantined())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sourceRow()).isEqualTo(3);
              assertThat(row.reasons()).containsExactly("ROW_WIDTH_MISMATCH");
              assertThat(row.cells()).isEmpty();
              assertThat(row.problems().get(0).toLine())
                  .startsWith("131102_20200301.csv:3\t-\tROW_WIDTH_MISMATCH\t\"\"\t本行列数与表头不一致")
                  .contains("column 37, right of the header's last column 36");
            });
    RawRow raw = outcome.rawRows().get(1);
    assertThat(raw.cells()).isEmpty();
    assertThat(raw.untrustedCells())
        .containsEntry("填报人", "刘敏")
        .containsEntry("联系电话", "王强")
        .containsEntry("列37", SubmissionFixtures.PHONE);
    assertThat(outcome.identityHolds()).isTrue();
  }

  @Test
  void raggedRowsOneMoreOneFewerAndTenThousandCellsAreQuarantinedNeighboursAccepted() {
    String oneMore =
        csv(List.of(resumedRow(2))).lines().toList().get(1).replace("原料运输受阻", "原料运输受阻,物流停运");
    String full = csv(List.of(resumedRow(3))).lines().toList().get(1);
    String oneFewer = full.substring(0, full.lastIndexOf(',')); // 联系电话 missing
    String tenThousand =
        csv(List.of(resumedRow(4))).lines().toList().get(1) + ",x".repeat(10_000 - HEADERS.size());
    String trailingEmpty = csv(List.of(resumedRow(5))).lines().toList().get(1) + ",,,";
    String text =
        csvHeader()
            + String.join(
                "\r\n",
                csv(List.of(resumedRow(1))).lines().toList().get(1),
                oneMore,
                oneFewer,
                tenThousand,
                trailingEmpty)
            + "\r\n";

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(text));

    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(2, 6);
    assertThat(outcome.quarantined())
        .extracting(QuarantinedRow::sourceRow)
        .containsExactly(3, 4, 5);
    assertThat(outcome.quarantined())
        .allSatisfy(row -> assertThat(row.reasons()).containsExactly("ROW_WIDTH_MISMATCH"));
    assertThat(outcome.quarantined().get(1).problems().get(0).explanation())
        .contains("35 fields, the header has 36");
    assertThat(outcome.quarantined().get(2).problems().get(0).explanation())
        .contains("a non-empty cell beyond column 200");
    assertThat(outcome.rowsRead()).isEqualTo(5);
    assertThat(outcome.identityHolds()).isTrue();
  }

  @Test
  void aFiftyMegabyteLineIsRefusedBeforeItIsDecoded() {
    byte[] line = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(line, (byte) 'a');

    FileOutcome outcome = validator().validate(FILE_NAME, line);

    assertThat(outcome.status()).isEqualTo(FileStatus.REJECTED);
    assertThat(outcome.rejection()).isEqualTo(FileRejection.LINE_TOO_LONG);
    assertThat(outcome.rejectionMessage())
        .isEqualTo(
            "131102_20200301.csv line 1: 52428800 bytes on one line, more than 1048576"
                + " (ingest.max_line_bytes)");
  }

  @Test
  void tooManyRowsAndTooWideAHeaderAreRefusedWithTheirLimits() {
    InboxLimits small = new InboxLimits(1 << 20, 3, 40, 2_000_000, 1 << 20, 1 << 20, 0);
    SubmissionValidator validator = new SubmissionValidator(SubmissionFixtures.reference(), small);
    String threeRows = csv(List.of(resumedRow(1), resumedRow(2), resumedRow(3)));

    FileOutcome tooLong = validator.validate(FILE_NAME, bytes(threeRows));
    List<String> wide = new ArrayList<>(HEADERS);
    for (int extra = 0; extra < 10; extra++) {
      wide.add("备注" + extra);
    }
    FileOutcome tooWide =
        validator.validate(FILE_NAME, bytes(csv(List.of(), wide, List.of(resumedRow(1)))));

    assertThat(tooLong.rejection()).isEqualTo(FileRejection.TOO_MANY_ROWS);
    assertThat(tooLong.rejectionMessage())
        .isEqualTo(
            "131102_20200301.csv: more than 3 rows (ingest.max_rows); row 4 is one too many");
    assertThat(tooWide.rejection()).isEqualTo(FileRejection.TOO_MANY_COLUMNS);
    assertThat(tooWide.rejectionMessage())
        .startsWith("131102_20200301.csv row 1: the header has a column right of column 40");
  }

  @Test
  void tooManyCellsAllRowsTogetherAreRefused() {
    // header 36 cells + 2 rows × 36 = 108 cells, one row more than a budget of 100 allows
    InboxLimits budget = new InboxLimits(1 << 20, 1000, 200, 100, 1 << 20, 1 << 20, 0);
    FileOutcome outcome =
        new SubmissionValidator(SubmissionFixtures.reference(), budget)
            .validate(FILE_NAME, bytes(csv(List.of(resumedRow(1), resumedRow(2)))));

    assertThat(outcome.rejection()).isEqualTo(FileRejection.TOO_MANY_CELLS);
    assertThat(outcome.rejectionMessage())
        .isEqualTo("131102_20200301.csv: more than 100 cells (ingest.max_cells) by row 3");
  }

  @Test
  void anXfdWideWorkbookIsReadWithoutPaddingItsRowsAndItsWideRowsAreQuarantined()
      throws IOException {
    int rows = 2_000;
    byte[] workbook;
    try (SXSSFWorkbook book = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("日报");
      writeRow(sheet.createRow(0), HEADERS);
      writeRow(sheet.createRow(1), new ArrayList<>(resumedRow(1).values()));
      for (int index = 2; index <= rows; index++) {
        Row row = sheet.createRow(index);
        writeRow(row, new ArrayList<>(resumedRow(2).values()));
        row.createCell(16_383).setCellValue("XFD");
      }
      book.write(out);
      book.dispose();
      workbook = out.toByteArray();
    }
    long before = usedHeap();

    FileOutcome outcome = validator().validate("131102_20200301.xlsx", workbook);

    assertThat(outcome.status()).as(outcome.rejectionMessage()).isEqualTo(FileStatus.READ);
    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(2);
    assertThat(outcome.quarantined())
        .hasSize(rows - 1)
        .allSatisfy(row -> assertThat(row.reasons()).containsExactly("ROW_WIDTH_MISMATCH"));
    assertThat(outcome.quarantined().get(0).problems().get(0).toLine())
        .startsWith("131102_20200301.xlsx:3\t-\tROW_WIDTH_MISMATCH");
    // padded to XFD the rows alone would be 2,000 × 16,384 cells; capped at 200 columns they are
    // not
    assertThat(usedHeap() - before).isLessThan(400L << 20);
  }

  @Test
  void aWorkbookThatUnpacksBeyondTheLimitIsRefused() throws IOException {
    SubmissionValidator validator =
        new SubmissionValidator(
            SubmissionFixtures.reference(),
            new InboxLimits(1 << 20, 1000, 200, 2_000_000, 1 << 20, 4096, 0));

    FileOutcome outcome = validator.validate("131102_20200301.xlsx", workbook(true));

    assertThat(outcome.rejection()).isEqualTo(FileRejection.WORKBOOK_TOO_LARGE);
    assertThat(outcome.rejectionMessage())
        .startsWith(
            "131102_20200301.xlsx: the workbook unpacks to more than 4096 bytes"
                + " (ingest.max_workbook_bytes)");
  }

  @Test
  void aWorkbookWithoutAStylesPartIsReadLikeAnyOther() throws IOException {
    byte[] withStyles = workbook(true);
    byte[] withoutStyles = workbook(false);
    assertThat(entryNames(withoutStyles)).doesNotContain("xl/styles.xml");
    assertThat(new String(entry(withoutStyles, "[Content_Types].xml"), StandardCharsets.UTF_8))
        .doesNotContain("styles");
    assertThat(
            new String(entry(withoutStyles, "xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8))
        .doesNotContain("styles");

    FileOutcome plain = validator().validate("131102_20200301.xlsx", withStyles);
    FileOutcome unstyled = validator().validate("131102_20200301.xlsx", withoutStyles);

    assertThat(unstyled.status()).as(unstyled.rejectionMessage()).isEqualTo(FileStatus.READ);
    assertThat(unstyled.accepted()).hasSize(2);
    assertThat(unstyled.accepted()).isEqualTo(plain.accepted());
  }

  /**
   * A workbook of two valid rows, all cells text; without styles: the part, its content type and
   * relationship removed.
   */
  private static byte[] workbook(boolean keepStyles) throws IOException {
    byte[] bytes;
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("日报");
      writeRow(sheet.createRow(0), HEADERS);
      writeRow(sheet.createRow(1), new ArrayList<>(resumedRow(1).values()));
      writeRow(sheet.createRow(2), new ArrayList<>(resumedRow(2).values()));
      book.write(out);
      bytes = out.toByteArray();
    }
    if (keepStyles) {
      return bytes;
    }
    ByteArrayOutputStream rezipped = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
        ZipOutputStream out = new ZipOutputStream(rezipped)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals("xl/styles.xml")) {
          continue;
        }
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (entry.getName().equals("[Content_Types].xml")) {
          content = content.replaceAll("<Override[^>]*styles\\.xml\"[^>]*/>", "");
        } else if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
          content = content.replaceAll("<Relationship[^>]*styles\\.xml\"[^>]*/>", "");
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return rezipped.toByteArray();
  }

  private static List<String> entryNames(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private static byte[] entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static void writeRow(Row row, List<String> cells) {
    for (int column = 0; column < cells.size(); column++) {
      if (!cells.get(column).isEmpty()) {
        row.createCell(column).setCellValue(cells.get(column));
      }
    }
  }

  private static String csvHeader() {
    return csv(List.of()).lines().toList().get(0) + "\r\n";
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
