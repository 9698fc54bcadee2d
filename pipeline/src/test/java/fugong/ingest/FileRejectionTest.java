package fugong.ingest;

import static fugong.ingest.SubmissionFixtures.HEADERS;
import static fugong.ingest.SubmissionFixtures.bytes;
import static fugong.ingest.SubmissionFixtures.csv;
import static fugong.ingest.SubmissionFixtures.resumedRow;
import static fugong.ingest.SubmissionFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files that cannot be read at all are rejected whole, with a reason and a message naming them. */
class FileRejectionTest {

  private static FileOutcome assertRejected(
      FileOutcome outcome, FileRejection reason, String fileName) {
    assertThat(outcome.status()).isEqualTo(FileStatus.REJECTED);
    assertThat(outcome.rejection()).isEqualTo(reason);
    assertThat(outcome.rejectionMessage()).startsWith(fileName);
    assertThat(outcome.rowsRead()).isZero();
    assertThat(outcome.accepted()).isEmpty();
    assertThat(outcome.quarantined()).isEmpty();
    assertThat(outcome.identityHolds()).isTrue();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(reason.name());
              assertThat(problem.file()).isEqualTo(fileName);
            });
    return outcome;
  }

  private static byte[] goodCsv() {
    return bytes(csv(List.of(resumedRow(1))));
  }

  @Test
  void badFileName() {
    for (String name :
        List.of(
            "桃城区_20200301.csv",
            "131102-20200301.csv",
            "131102_20200301.txt",
            "131102_20200230.csv",
            "131102_20200301_v1.csv")) {
      FileOutcome outcome =
          assertRejected(validator().validate(name, goodCsv()), FileRejection.BAD_FILE_NAME, name);
      assertThat(outcome.rejectionMessage()).contains("131102_20200301.csv");
    }
  }

  @Test
  void unknownCountyCodeInTheName() {
    FileOutcome outcome = validator().validate("131199_20200301.csv", goodCsv());

    assertRejected(outcome, FileRejection.UNKNOWN_COUNTY, "131199_20200301.csv");
    assertThat(outcome.rejectionMessage())
        .isEqualTo("131199_20200301.csv: county code 131199 is not one of counties.csv");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030() {
    // 0xFF never occurs in UTF-8 nor in GB18030; 0x81 0x20 is a GB18030 lead byte without a valid
    // trail.
    byte[] garbage = {(byte) 0xFF, (byte) 0xFE, (byte) 0x81, 0x20, (byte) 0x80, (byte) 0xFF};
    assertThat(strictlyDecodable(garbage, StandardCharsets.UTF_8)).isFalse();
    assertThat(strictlyDecodable(garbage, Charset.forName("GB18030"))).isFalse();

    FileOutcome outcome = validator().validate("131102_20200301.csv", garbage);

    assertRejected(outcome, FileRejection.BAD_ENCODING, "131102_20200301.csv");
    assertThat(outcome.rejectionMessage()).contains("neither valid UTF-8 nor valid GBK/GB18030");
  }

  private static boolean strictlyDecodable(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException invalid) {
      return false;
    }
  }

  @Test
  void anXlsxThatIsNotAWorkbook() {
    FileOutcome outcome = validator().validate("131102_20200301.xlsx", goodCsv());

    assertRejected(outcome, FileRejection.NOT_A_WORKBOOK, "131102_20200301.xlsx");
    assertThat(outcome.rejectionMessage()).contains("not an .xlsx workbook");
  }

  @Test
  void aZipThatIsNotAWorkbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    FileOutcome outcome = validator().validate("131102_20200301.xlsx", bytes.toByteArray());

    assertRejected(outcome, FileRejection.NOT_A_WORKBOOK, "131102_20200301.xlsx");
    assertThat(outcome.rejectionMessage()).contains("the workbook cannot be read");
  }

  @Test
  void noHeaderRow() {
    String text = "2020-03-01,桃城区,91131102MA0A000015,是\r\n2020-03-01,桃城区,91131102MA0A000028,否\r\n";

    FileOutcome outcome = validator().validate("131102_20200301.csv", bytes(text));

    assertRejected(outcome, FileRejection.NO_HEADER, "131102_20200301.csv");
    assertThat(outcome.rejectionMessage())
        .isEqualTo(
            "131102_20200301.csv: no header row naming 统一社会信用代码 and 是否复工 in the first 2 rows");
  }

  @Test
  void missingRequiredColumnsAreListed() {
    List<String> headers = new ArrayList<>(HEADERS);
    headers.remove("到岗人数");
    headers.remove("W3");
    Map<String, String> row = resumedRow(1);

    FileOutcome outcome =
        validator()
            .validate("131102_20200301.csv", bytes(csv(List.of("标题"), headers, List.of(row))));

    assertRejected(outcome, FileRejection.MISSING_COLUMNS, "131102_20200301.csv");
    assertThat(outcome.rejectionMessage())
        .isEqualTo(
            "131102_20200301.csv row 2: the header lacks 2 required column(s): 到岗人数、洗手设施或免洗消毒用品");
  }

  @Test
  void aColumnNamedTwice() {
    List<String> headers = new ArrayList<>(HEADERS);
    headers.add("H1");

    FileOutcome outcome =
        validator()
            .validate(
                "131102_20200301.csv", bytes(csv(List.of(), headers, List.of(resumedRow(1)))));

    assertRejected(outcome, FileRejection.DUPLICATE_COLUMNS, "131102_20200301.csv");
    assertThat(outcome.rejectionMessage())
        .isEqualTo("131102_20200301.csv row 1: these columns appear twice: 返岗员工健康卡制度");
  }

  @Test
  void emptyFile() {
    assertRejected(
        validator().validate("131102_20200301.csv", new byte[0]),
        FileRejection.EMPTY_FILE,
        "131102_20200301.csv");
    assertRejected(
        validator().validate("131102_20200301.xlsx", new byte[0]),
        FileRejection.EMPTY_FILE,
        "131102_20200301.xlsx");
    FileOutcome blankLines = validator().validate("131102_20200301.csv", bytes("\r\n ,, \r\n\r\n"));
    assertRejected(blankLines, FileRejection.EMPTY_FILE, "131102_20200301.csv");
  }

  @Test
  void malformedCsvNamesTheFile() {
    String text = csv(List.of(resumedRow(1))) + "\"2020-03-01\"x,桃城区\r\n";

    FileOutcome outcome = validator().validate("131102_20200301.csv", bytes(text));

    assertRejected(outcome, FileRejection.NO_HEADER, "131102_20200301.csv");
    assertThat(outcome.rejectionMessage())
        .startsWith("131102_20200301.csv: the text is not well-formed CSV: ")
        .contains("Invalid character between encapsulated token and delimiter at line: 3");
  }
}
