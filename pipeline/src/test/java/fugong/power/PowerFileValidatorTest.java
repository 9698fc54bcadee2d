package fugong.power;

import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.CountyDirectory;
import fugong.domain.UsccRules;
import fugong.ingest.FileRejection;
import fugong.ingest.FileStatus;
import fugong.ingest.QuarantinedRow;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceData;
import fugong.sheet.Problem;
import fugong.sheet.SheetLimits;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meter files read with the strictness of submissions (DOMAIN.md §3.2), on hand-written files. */
class PowerFileValidatorTest {
  private static final String JIZHOU_USCC = "91131103MA0B000016";

  private static String taocheng(int number) {
    String body = String.format("91131102MA0A%05d", number);
    return body + UsccRules.checkCharacter(body);
  }

  private static ReferenceData reference() {
    List<Enterprise> enterprises = new ArrayList<>();
    for (int number = 1; number <= 6; number++) {
      enterprises.add(
          new Enterprise(
              taocheng(number),
              "衡水桃城第" + number + "机械有限公司",
              "131102",
              "C34",
              true,
              false,
              false,
              100,
              new java.math.BigDecimal("20.0")));
    }
    enterprises.add(fugong.ingest.SubmissionFixtures.jizhouRubber());
    return new ReferenceData(CountyDirectory.hengshui(), List.of(), enterprises);
  }

  private static PowerFileOutcome read(String name, String text, Charset charset) {
    return new PowerFileValidator(reference(), SheetLimits.DEFAULTS)
        .validate(name, text.getBytes(charset));
  }

  @Test
  void everyRowIsAcceptedQuarantinedOrCollapsed() {
    String file =
        String.join(
            "\n",
            "统一社会信用代码,日期,日用电量(千瓦时),抄表员,联系电话",
            taocheng(1) + ",2020-03-01,1200.5,王五,13912345678",
            taocheng(2) + ",2020-03-01,-3,王五,13912345678",
            taocheng(3) + ",2020-03-01,约300,王五,13912345678",
            taocheng(4) + ",2020-02-29,400,王五,13912345678",
            JIZHOU_USCC + ",2020-03-01,80,王五,13912345678",
            "92131102MA0A12345R,2020-03-01,80,王五,13912345678",
            taocheng(5) + ",2020-03-01,500,王五,13912345678",
            taocheng(5) + ",2020-03-01,510,王五,13912345678",
            taocheng(6) + ",2020-03-01,0,王五,13912345678",
            taocheng(6) + ",2020-03-01,0,王五,13912345678",
            "");
    PowerFileOutcome outcome = read("131102_20200301.csv", file, StandardCharsets.UTF_8);

    assertThat(outcome.status()).isEqualTo(FileStatus.READ);
    assertThat(outcome.rowsRead()).isEqualTo(10);
    assertThat(outcome.collapsed()).isEqualTo(1);
    assertThat(outcome.accepted())
        .containsExactly(
            new PowerReading(
                LocalDate.of(2020, 3, 1),
                "131102",
                taocheng(1),
                new BigDecimal("1200.5"),
                "131102_20200301.csv",
                2),
            new PowerReading(
                LocalDate.of(2020, 3, 1),
                "131102",
                taocheng(6),
                new BigDecimal("0"),
                "131102_20200301.csv",
                10));
    assertThat(outcome.quarantined())
        .extracting(QuarantinedRow::sourceRow, QuarantinedRow::reasons)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, List.of("NEGATIVE_VALUE")),
            org.assertj.core.groups.Tuple.tuple(4, List.of("BAD_NUMBER")),
            org.assertj.core.groups.Tuple.tuple(5, List.of("DATE_MISMATCH")),
            org.assertj.core.groups.Tuple.tuple(6, List.of("COUNTY_MISMATCH")),
            org.assertj.core.groups.Tuple.tuple(7, List.of("UNKNOWN_ENTERPRISE")),
            org.assertj.core.groups.Tuple.tuple(8, List.of("CONFLICTING_DUPLICATE")),
            org.assertj.core.groups.Tuple.tuple(9, List.of("CONFLICTING_DUPLICATE")));
    assertThat(outcome.rowsAddUp()).isTrue();

    Problem notNumber = outcome.quarantined().get(1).problems().get(0);
    assertThat(notNumber.toLine())
        .isEqualTo(
            "131102_20200301.csv:4\t日用电量(千瓦时)\tBAD_NUMBER\t\"约300\"\t不是有效的数字（人数须为整数） / not a valid"
                + " number (head counts must be whole numbers)");
    assertThat(outcome.quarantined().get(5).problems().get(0).explanation())
        .endsWith("(also row 9)");
    // only the three meter columns are kept: the meter reader and the telephone are never stored
    assertThat(outcome.quarantined())
        .allSatisfy(row -> assertThat(row.cells()).containsOnlyKeys("统一社会信用代码", "日期", "日用电量(千瓦时)"));
    assertThat(outcome.quarantined().toString()).doesNotContain("13912345678").doesNotContain("王五");
  }

  @Test
  void aGbkFileWithATitleAliasesAndAnotherDateSpellingIsRead() {
    String file =
        String.join(
            "\r\n", "桃城区供电公司企业日用电量", "信用代码,用电日期,日用电量（千瓦时）", taocheng(1) + ",2020/3/1,88", "");
    PowerFileOutcome outcome = read("131102_20200301.csv", file, Charset.forName("GB18030"));
    assertThat(outcome.encoding()).isEqualTo("GB18030");
    assertThat(outcome.accepted())
        .singleElement()
        .satisfies(
            reading -> {
              assertThat(reading.kilowattHours()).isEqualByComparingTo("88");
              assertThat(reading.sourceRow()).isEqualTo(3);
            });
  }

  @Test
  void badNamesCountiesAndHeadersRejectTheWholeFile() {
    assertThat(read("taocheng.csv", "x", StandardCharsets.UTF_8).rejection())
        .isEqualTo(FileRejection.BAD_FILE_NAME);
    assertThat(read("999999_20200301.csv", "x", StandardCharsets.UTF_8).rejection())
        .isEqualTo(FileRejection.UNKNOWN_COUNTY);
    PowerFileOutcome noHeader = read("131102_20200301.csv", "企业,电量\n甲,1\n", StandardCharsets.UTF_8);
    assertThat(noHeader.rejection()).isEqualTo(FileRejection.NO_HEADER);
    assertThat(noHeader.message()).startsWith("131102_20200301.csv: no header row naming 统一社会信用代码");
    PowerFileOutcome missing =
        read(
            "131102_20200301.csv",
            "统一社会信用代码,日期\n" + taocheng(1) + ",2020-03-01\n",
            StandardCharsets.UTF_8);
    assertThat(missing.rejection()).isEqualTo(FileRejection.MISSING_COLUMNS);
    assertThat(missing.message())
        .isEqualTo("131102_20200301.csv row 1: the header lacks 日用电量(千瓦时)");
    assertThat(missing.rowsAddUp()).isTrue();
  }
}
