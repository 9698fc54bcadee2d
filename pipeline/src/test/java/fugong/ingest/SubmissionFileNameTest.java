package fugong.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubmissionFileNameTest {

  @Test
  void firstFileIsVersionOne() {
    assertThat(SubmissionFileName.parse("131102_20200301.csv"))
        .contains(new SubmissionFileName("131102", LocalDate.of(2020, 3, 1), 1, "csv"));
  }

  @Test
  void correctionCarriesItsVersion() {
    assertThat(SubmissionFileName.parse("131127_20200229_v2.xlsx"))
        .contains(new SubmissionFileName("131127", LocalDate.of(2020, 2, 29), 2, "xlsx"));
    assertThat(SubmissionFileName.parse("131127_20200229_V12.csv"))
        .map(SubmissionFileName::version)
        .contains(12);
  }

  @Test
  void versionOneWrittenOutIsRejected() {
    assertThat(SubmissionFileName.parse("131102_20200301_v1.csv")).isEmpty();
    assertThat(SubmissionFileName.parse("131102_20200301_v0.csv")).isEmpty();
  }

  @Test
  void impossibleDateIsRejected() {
    assertThat(SubmissionFileName.parse("131102_20200230.csv")).isEmpty();
    assertThat(SubmissionFileName.parse("131102_20201301.csv")).isEmpty();
  }

  @Test
  void upperCaseExtensionIsAccepted() {
    SubmissionFileName name = SubmissionFileName.parse("131102_20200301.XLSX").orElseThrow();
    assertThat(name.extension()).isEqualTo("xlsx");
    assertThat(name.isWorkbook()).isTrue();
    assertThat(SubmissionFileName.parse("131102_20200301.Csv").map(SubmissionFileName::isWorkbook))
        .contains(false);
  }

  @Test
  void otherShapesAreRejected() {
    assertThat(SubmissionFileName.parse("131102_2020301.csv")).isEmpty();
    assertThat(SubmissionFileName.parse("1311020_20200301.csv")).isEmpty();
    assertThat(SubmissionFileName.parse("131102_20200301.xls")).isEmpty();
    assertThat(SubmissionFileName.parse("131102_20200301.csv.bak")).isEmpty();
    assertThat(SubmissionFileName.parse("131102_20200301_v2_final.csv")).isEmpty();
  }
}
