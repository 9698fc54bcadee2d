package fugong.ingest;

import static fugong.ingest.SubmissionFixtures.FILE_NAME;
import static fugong.ingest.SubmissionFixtures.HEADERS;
import static fugong.ingest.SubmissionFixtures.JIZHOU_USCC;
import static fugong.ingest.SubmissionFixtures.PHONE;
import static fugong.ingest.SubmissionFixtures.REPORTER;
import static fugong.ingest.SubmissionFixtures.REPORT_DATE;
import static fugong.ingest.SubmissionFixtures.TAOCHENG;
import static fugong.ingest.SubmissionFixtures.UNREGISTERED_USCC;
import static fugong.ingest.SubmissionFixtures.bytes;
import static fugong.ingest.SubmissionFixtures.csv;
import static fugong.ingest.SubmissionFixtures.notResumedRow;
import static fugong.ingest.SubmissionFixtures.resumedRow;
import static fugong.ingest.SubmissionFixtures.taochengName;
import static fugong.ingest.SubmissionFixtures.taochengUscc;
import static fugong.ingest.SubmissionFixtures.validator;
import static fugong.ingest.SubmissionFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import fugong.domain.ReasonCode;
import fugong.sheet.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

  private static Map<Integer, List<String>> reasonsByRow(FileOutcome outcome) {
    Map<Integer, List<String>> reasons = new LinkedHashMap<>();
    for (QuarantinedRow row : outcome.quarantined()) {
      reasons.put(row.sourceRow(), row.reasons());
    }
    return reasons;
  }

  @Test
  void fixtureCodesAreTheOnesWorkedOutByHand() {
    assertThat(taochengUscc(1)).isEqualTo("91131102MA0A000015");
    assertThat(taochengUscc(3)).isEqualTo("91131102MA0A00003B");
  }

  @Test
  void aCleanFileIsAcceptedWithTypedValues() {
    FileOutcome outcome =
        validator().validate(FILE_NAME, bytes(csv(List.of(resumedRow(1), notResumedRow(2)))));

    assertThat(outcome.status()).isEqualTo(FileStatus.READ);
    assertThat(outcome.encoding()).isEqualTo("UTF-8");
    assertThat(outcome.quarantined()).isEmpty();
    assertThat(outcome.warnings()).isEmpty();
    assertThat(outcome.accepted()).hasSize(2);
    Submission resumed = outcome.accepted().get(0);
    assertThat(resumed.reportDate()).isEqualTo(REPORT_DATE);
    assertThat(resumed.countyCode()).isEqualTo(TAOCHENG);
    assertThat(resumed.uscc()).isEqualTo("91131102MA0A000015");
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.resumedOn()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(resumed.employeesOnDuty()).isEqualTo(80L);
    assertThat(resumed.outputValue()).isEqualByComparingTo("12.5");
    assertThat(resumed.checklist())
        .hasSize(18)
        .containsEntry("H1", true)
        .containsEntry("W2", true)
        .containsEntry("W5", true);
    assertThat(resumed.dormRooms()).isEqualTo(2L);
    assertThat(resumed.dormResidents()).isEqualTo(12L);
    assertThat(resumed.dormAreaSquareMetres()).isEqualByComparingTo("30");
    assertThat(resumed.isolated()).isEqualTo(1L);
    assertThat(resumed.difficulties()).containsExactly("D1", "D5");
    assertThat(resumed.difficultyNote()).isEqualTo("原料运输受阻");
    assertThat(resumed.sourceFile()).isEqualTo(FILE_NAME);
    assertThat(resumed.sourceRow()).isEqualTo(2);
    Submission notResumed = outcome.accepted().get(1);
    assertThat(notResumed.resumed()).isFalse();
    assertThat(notResumed.employeesOnDuty()).isNull();
    assertThat(notResumed.checklist()).containsEntry("H1", null);
    assertThat(notResumed.difficulties()).containsExactly("D8");
    assertThat(notResumed.sourceRow()).isEqualTo(3);
    assertThat(outcome.identityHolds()).isTrue();
  }

  @Test
  void everyReasonCodeIsTriggeredWithItsPhysicalRow() {
    List<Map<String, String>> rows =
        List.of(
            resumedRow(1),
            with(resumedRow(2), "统一社会信用代码", "91131102MA0A000029"),
            with(with(resumedRow(3), "统一社会信用代码", UNREGISTERED_USCC), "企业名称", "不在名录的公司"),
            with(resumedRow(4), "县市区", "冀州区"),
            with(with(resumedRow(5), "统一社会信用代码", JIZHOU_USCC), "企业名称", "冀州橡胶制品有限公司"),
            with(resumedRow(6), "填报日期", "2020-02-29"),
            with(resumedRow(7), "到岗人数", ""),
            with(resumedRow(8), "到岗人数", "-3"),
            with(resumedRow(9), "当日产值（万元）", "十二"),
            with(resumedRow(10), "填报日期", "20200230"),
            with(resumedRow(11), "复工日期", "2020-03-02"),
            with(resumedRow(12), "存在困难", "D1、缺电"),
            with(resumedRow(13), "返岗员工健康卡制度", "有"),
            with(notResumedRow(14), "到岗人数", "5"),
            resumedRow(15),
            with(resumedRow(15), "到岗人数", "81"));
    // row 19: an unquoted comma in 困难描述 makes one field more than the header has
    String ragged =
        csv(List.of(resumedRow(16))).lines().toList().get(1).replace("原料运输受阻", "原料运输受阻,物流停运");
    String text = csv(List.of("衡水市工业企业复工复产日报表（桃城区）"), HEADERS, rows) + ragged + "\r\n";

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(text));

    assertThat(outcome.status()).isEqualTo(FileStatus.READ);
    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(3);
    Map<Integer, List<String>> expected = new LinkedHashMap<>();
    expected.put(4, List.of("BAD_USCC_CHECKSUM"));
    expected.put(5, List.of("UNKNOWN_ENTERPRISE"));
    expected.put(6, List.of("COUNTY_MISMATCH"));
    expected.put(7, List.of("COUNTY_MISMATCH"));
    expected.put(8, List.of("DATE_MISMATCH"));
    expected.put(9, List.of("MISSING_REQUIRED"));
    expected.put(10, List.of("NEGATIVE_VALUE"));
    expected.put(11, List.of("BAD_NUMBER"));
    expected.put(12, List.of("BAD_DATE"));
    expected.put(13, List.of("RESUMED_ON_AFTER_REPORT_DATE"));
    expected.put(14, List.of("UNKNOWN_DIFFICULTY"));
    expected.put(15, List.of("BAD_VALUE"));
    expected.put(16, List.of("NOT_RESUMED_WITH_VALUES"));
    expected.put(17, List.of("CONFLICTING_DUPLICATE"));
    expected.put(18, List.of("CONFLICTING_DUPLICATE"));
    expected.put(19, List.of("ROW_WIDTH_MISMATCH"));
    assertThat(reasonsByRow(outcome)).isEqualTo(expected);

    Set<String> triggered = new TreeSet<>();
    expected.values().forEach(triggered::addAll);
    assertThat(triggered)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.toList()));
    assertThat(outcome.rowsRead()).isEqualTo(17);
    assertThat(outcome.identityHolds()).isTrue();
  }

  @Test
  void anAmountIsKeptExactlyToSixPlacesAndNeverRounded() {
    FileOutcome outcome =
        validator()
            .validate(
                FILE_NAME,
                bytes(
                    csv(
                        List.of(
                            with(resumedRow(1), "当日产值（万元）", "12.123456"),
                            with(resumedRow(2), "当日产值（万元）", "12.1234567"),
                            with(resumedRow(3), "宿舍面积(㎡)", "30.00000001")))));

    assertThat(outcome.accepted()).hasSize(1);
    assertThat(outcome.accepted().get(0).outputValue()).isEqualTo(new BigDecimal("12.123456"));
    assertThat(reasonsByRow(outcome))
        .isEqualTo(Map.of(3, List.of("BAD_NUMBER"), 4, List.of("BAD_NUMBER")));
    assertThat(outcome.quarantined().get(0).problems().get(0).explanation())
        .contains(
            "more than 6 decimal places; amounts (万元) are kept to 6 places and never rounded");
    assertThat(outcome.quarantined().get(1).problems().get(0).explanation())
        .contains("areas (m²) are kept to 6 places");
  }

  @Test
  void problemsNameTheFileRowColumnAndCell() {
    FileOutcome outcome =
        validator().validate(FILE_NAME, bytes(csv(List.of(with(resumedRow(1), "到岗人数", "-3")))));

    assertThat(outcome.quarantined()).hasSize(1);
    Problem problem = outcome.quarantined().get(0).problems().get(0);
    assertThat(problem)
        .isEqualTo(
            new Problem(
                FILE_NAME,
                2,
                "到岗人数",
                "NEGATIVE_VALUE",
                "-3",
                ReasonCode.NEGATIVE_VALUE.chineseExplanation()
                    + " / "
                    + ReasonCode.NEGATIVE_VALUE.englishExplanation(),
                false));
    assertThat(outcome.problems()).containsExactly(problem);
  }

  @Test
  void aRowWithSeveralFaultsGetsEveryReason() {
    Map<String, String> row = resumedRow(1);
    row = with(row, "填报日期", "2020-02-28");
    row = with(row, "县市区", "冀州");
    row = with(row, "到岗人数", "-1");
    row = with(row, "当日产值（万元）", "abc");
    row = with(row, "H2", "有");
    row = with(row, "存在困难", "停电");

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(csv(List.of(row))));

    assertThat(outcome.quarantined()).hasSize(1);
    QuarantinedRow quarantined = outcome.quarantined().get(0);
    assertThat(quarantined.reasons())
        .containsExactly(
            "DATE_MISMATCH",
            "COUNTY_MISMATCH",
            "NEGATIVE_VALUE",
            "BAD_NUMBER",
            "BAD_VALUE",
            "UNKNOWN_DIFFICULTY");
    assertThat(quarantined.problems())
        .extracting(Problem::column, Problem::cell)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("填报日期", "2020-02-28"),
            org.assertj.core.groups.Tuple.tuple("县市区", "冀州"),
            org.assertj.core.groups.Tuple.tuple("到岗人数", "-1"),
            org.assertj.core.groups.Tuple.tuple("当日产值（万元）", "abc"),
            org.assertj.core.groups.Tuple.tuple("H2", "有"),
            org.assertj.core.groups.Tuple.tuple("存在困难", "停电"));
  }

  @Test
  void aBadCheckDigitIsNotAlsoAnUnknownEnterprise() {
    // A valid code not in the registry, with its check character changed from R to T.
    FileOutcome outcome =
        validator()
            .validate(
                FILE_NAME,
                bytes(csv(List.of(with(resumedRow(1), "统一社会信用代码", "92131102MA0A12345T")))));

    assertThat(outcome.quarantined())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.reasons()).containsExactly("BAD_USCC_CHECKSUM");
              assertThat(row.uscc()).isEqualTo("92131102MA0A12345T");
            });
  }

  @Test
  void anUnreadableReportDateIsBadDateOnly() {
    FileOutcome outcome =
        validator()
            .validate(FILE_NAME, bytes(csv(List.of(with(resumedRow(1), "填报日期", "2020/13/1")))));

    assertThat(outcome.quarantined())
        .singleElement()
        .satisfies(row -> assertThat(row.reasons()).containsExactly("BAD_DATE"));
  }

  @Test
  void aQuarantinedRowCarriesTheFileNamesCountyAndDate() {
    Map<String, String> row = with(with(resumedRow(1), "县市区", "冀州区"), "填报日期", "2020-02-28");

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(csv(List.of(row))));

    QuarantinedRow quarantined = outcome.quarantined().get(0);
    assertThat(quarantined.countyCode()).isEqualTo(TAOCHENG);
    assertThat(quarantined.reportDate()).isEqualTo(REPORT_DATE);
    assertThat(quarantined.sourceFile()).isEqualTo(FILE_NAME);
    assertThat(quarantined.sourceRow()).isEqualTo(2);
    assertThat(quarantined.cells()).containsEntry("县市区", "冀州区").containsEntry("填报日期", "2020-02-28");
  }

  @Test
  void identicalDuplicatesCollapseAndDifferingOnesConflict() {
    Map<String, String> first = resumedRow(1);
    Map<String, String> sameAfterTrimming =
        with(resumedRow(1), "企业名称", "  " + taochengName(1) + " ");
    List<Map<String, String>> rows =
        List.of(
            first,
            sameAfterTrimming,
            first,
            resumedRow(2),
            with(resumedRow(2), "当日产值（万元）", "13"),
            resumedRow(3));

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(csv(rows)));

    assertThat(outcome.rowsRead()).isEqualTo(6);
    assertThat(outcome.duplicatesCollapsed()).isEqualTo(2);
    assertThat(outcome.accepted()).extracting(Submission::sourceRow).containsExactly(2, 7);
    assertThat(reasonsByRow(outcome))
        .isEqualTo(
            Map.of(5, List.of("CONFLICTING_DUPLICATE"), 6, List.of("CONFLICTING_DUPLICATE")));
    assertThat(outcome.quarantined().get(0).problems().get(0).explanation())
        .endsWith("(also row 6)");
    assertThat(outcome.rowsRead())
        .isEqualTo(
            outcome.accepted().size()
                + outcome.quarantined().size()
                + outcome.duplicatesCollapsed());
    assertThat(outcome.identityHolds()).isTrue();
    assertThat(outcome.rawRows()).extracting(RawRow::sourceRow).containsExactly(2, 3, 4, 5, 6, 7);
  }

  @Test
  void personalDataStaysInTheRawRowOnly() {
    List<Map<String, String>> rows = List.of(resumedRow(1), with(resumedRow(2), "到岗人数", "-3"));

    FileOutcome outcome = validator().validate(FILE_NAME, bytes(csv(rows)));

    assertThat(outcome.accepted()).hasSize(1);
    assertThat(outcome.quarantined()).hasSize(1);
    assertThat(outcome.accepted().get(0).toString()).doesNotContain(REPORTER).doesNotContain(PHONE);
    QuarantinedRow quarantined = outcome.quarantined().get(0);
    assertThat(quarantined.cells().values()).doesNotContain(REPORTER, PHONE);
    assertThat(quarantined.cells()).doesNotContainKeys("填报人", "联系电话");
    assertThat(quarantined.toString()).doesNotContain(REPORTER).doesNotContain(PHONE);
    assertThat(outcome.problems().toString()).doesNotContain(REPORTER).doesNotContain(PHONE);
    for (RawRow raw : outcome.rawRows()) {
      assertThat(raw.reporter()).isEqualTo(REPORTER);
      assertThat(raw.phone()).isEqualTo(PHONE);
      assertThat(raw.cells().values()).doesNotContain(REPORTER, PHONE);
    }
  }

  @Test
  void aNameDifferingFromTheRegistryIsAWarning() {
    FileOutcome outcome =
        validator().validate(FILE_NAME, bytes(csv(List.of(with(resumedRow(1), "企业名称", "桃城机械厂")))));

    assertThat(outcome.quarantined()).isEmpty();
    assertThat(outcome.accepted())
        .singleElement()
        .satisfies(submission -> assertThat(submission.name()).isEqualTo("桃城机械厂"));
    assertThat(outcome.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.code()).isEqualTo("NAME_MISMATCH");
              assertThat(warning.warning()).isTrue();
              assertThat(warning.row()).isEqualTo(2);
              assertThat(warning.column()).isEqualTo("企业名称");
              assertThat(warning.cell()).isEqualTo("桃城机械厂");
              assertThat(warning.explanation()).contains(taochengName(1));
            });
  }

  @Test
  void columnsInAnyOrderAndAnUnknownColumnKeptRawOnly() {
    List<String> reversed = new ArrayList<>(HEADERS);
    java.util.Collections.reverse(reversed);
    reversed.add(3, "备注");
    Map<String, String> row = new LinkedHashMap<>(resumedRow(1));
    row.put("备注", "周末加班");

    FileOutcome standard = validator().validate(FILE_NAME, bytes(csv(List.of(resumedRow(1)))));
    FileOutcome shuffled =
        validator().validate(FILE_NAME, bytes(csv(List.of(), reversed, List.of(row))));

    assertThat(shuffled.quarantined()).isEmpty();
    assertThat(shuffled.accepted()).isEqualTo(standard.accepted());
    assertThat(shuffled.accepted().get(0).toString()).doesNotContain("周末加班");
    assertThat(shuffled.rawRows())
        .singleElement()
        .satisfies(raw -> assertThat(raw.cells()).containsEntry("备注", "周末加班"));
  }
}
