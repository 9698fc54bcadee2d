package fugong.report;

import fugong.config.FugongSettings;
import fugong.domain.EnterpriseStatus;
import fugong.domain.Severity;
import fugong.domain.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-made city of three counties and two leaders on 2020-03-04 and the day before, small enough
 * to compute every figure by hand:
 *
 * <pre>
 * county        leader  enterprises  resumed D−1 → D   rate D−1 → D      full compliance
 * 131101 甲城区  王一      1000         858 → 888         85.8% → 88.8% (+3.0)   68.0%
 * 131102 乙县    王一       500         410 → 400         82.0% → 80.0% (−2.0)   90.0%
 * 131103 丙州市  李二       250         240 → 240         96.0% → 96.0% (0.0)    95.0%
 * city                     1750        1508 → 1528        86.2% → 87.3% (+1.1)
 * 王一                      1500        1268 → 1288        84.5% → 85.9% (+1.4)
 * 李二                       250         240 → 240         96.0% → 96.0%
 * </pre>
 *
 * Alerts on D: one HIGH confirmed case while resumed (乙县, 乙钢铁有限公司, 2 cases), one MEDIUM low
 * compliance (甲城区 68.0%), and 40 LOW dormitory inconsistencies (甲城区 25, 乙县 15).
 */
public final class BriefingFixture {
  public static final LocalDate DATE = LocalDate.of(2020, 3, 4);

  private BriefingFixture() {}

  static UnitMetrics unit(
      LocalDate date,
      String code,
      String name,
      String leader,
      String section,
      List<String> counties,
      long enterprises,
      long resumed,
      long fullLoad,
      long reduced,
      long assessed,
      long fullyCompliant) {
    return new UnitMetrics(
        date,
        code,
        name,
        leader,
        section,
        counties,
        enterprises,
        enterprises - 10,
        5,
        5,
        resumed,
        enterprises / 2,
        resumed / 2,
        fullLoad,
        reduced,
        enterprises - resumed,
        assessed,
        fullyCompliant,
        3,
        4,
        0,
        0,
        Map.of(),
        Map.of(),
        (double) (enterprises - 10) / enterprises,
        (double) resumed / enterprises,
        (double) (resumed / 2) / (enterprises / 2),
        0.9,
        0.75,
        assessed == 0 ? null : (double) fullyCompliant / assessed,
        code.startsWith("1311") ? SubmissionStatus.ON_TIME : null,
        code.startsWith("1311") ? Instant.parse("2020-03-04T11:00:00Z") : null,
        code.startsWith("1311") ? enterprises : 0,
        0);
  }

  static UnitMetrics county(
      LocalDate date,
      String code,
      String name,
      String leader,
      String section,
      long enterprises,
      long resumed,
      long assessed,
      long fullyCompliant) {
    return unit(
        date,
        code,
        name,
        leader,
        section,
        List.of(),
        enterprises,
        resumed,
        resumed / 3,
        resumed / 5,
        assessed,
        fullyCompliant);
  }

  public static BriefingInputs inputs() {
    return inputs(FugongSettings.defaults());
  }

  static BriefingInputs inputs(FugongSettings settings) {
    LocalDate before = DATE.minusDays(1);
    List<UnitMetrics> counties =
        List.of(
            county(before, "131101", "甲城区", "王一", "办公室", 1000, 858, 800, 600),
            county(before, "131102", "乙县", "王一", "政策产业科", 500, 410, 400, 360),
            county(before, "131103", "丙州市", "李二", "中小企业科", 250, 240, 200, 190),
            county(DATE, "131101", "甲城区", "王一", "办公室", 1000, 888, 800, 544),
            county(DATE, "131102", "乙县", "王一", "政策产业科", 500, 400, 400, 360),
            county(DATE, "131103", "丙州市", "李二", "中小企业科", 250, 240, 200, 190));
    List<UnitMetrics> city =
        List.of(
            unit(before, "衡水市", "衡水市", null, null, List.of(), 1750, 1508, 500, 300, 1400, 1150),
            unit(DATE, "衡水市", "衡水市", null, null, List.of(), 1750, 1528, 500, 300, 1400, 1094));
    List<UnitMetrics> leaders =
        List.of(
            unit(
                before,
                "王一",
                "王一",
                "王一",
                null,
                List.of("131101", "131102"),
                1500,
                1268,
                400,
                250,
                1200,
                960),
            unit(before, "李二", "李二", "李二", null, List.of("131103"), 250, 240, 80, 48, 200, 190),
            unit(
                DATE,
                "王一",
                "王一",
                "王一",
                null,
                List.of("131101", "131102"),
                1500,
                1288,
                420,
                260,
                1200,
                904),
            unit(DATE, "李二", "李二", "李二", null, List.of("131103"), 250, 240, 80, 48, 200, 190));
    List<AlertRecord> alerts = new ArrayList<>();
    alerts.add(
        new AlertRecord(
            DATE,
            Severity.LOW,
            ActionKind.DORMITORY_MISMATCH,
            "131101",
            "王一",
            "甲企业01",
            null,
            "甲企业01 宿舍人数或面积不符合每间≤6人、人均≥2.5㎡，但自报W5已落实 / W5 contradicted"));
    for (int index = 2; index <= 25; index++) {
      alerts.add(
          new AlertRecord(
              DATE,
              Severity.LOW,
              ActionKind.DORMITORY_MISMATCH,
              "131101",
              "王一",
              String.format("甲企业%02d", index),
              null,
              "宿舍"));
    }
    for (int index = 1; index <= 15; index++) {
      alerts.add(
          new AlertRecord(
              DATE,
              Severity.LOW,
              ActionKind.DORMITORY_MISMATCH,
              "131102",
              "王一",
              String.format("乙企业%02d", index),
              null,
              "宿舍"));
    }
    alerts.add(
        new AlertRecord(
            DATE,
            Severity.MEDIUM,
            ActionKind.LOW_COMPLIANCE,
            "131101",
            "王一",
            null,
            0.68,
            "甲城区 防控措施全部落实率 68.0%，低于 80% / low full compliance"));
    alerts.add(
        new AlertRecord(
            DATE,
            Severity.HIGH,
            ActionKind.CONFIRMED_WHILE_RESUMED,
            "131102",
            "王一",
            "乙钢铁有限公司",
            2.0,
            "乙钢铁有限公司 报告确诊病例 2 例但仍在生产 / confirmed"));
    List<DifficultyCaseRecord> cases =
        List.of(
            new DifficultyCaseRecord("U1", "甲纺织有限公司", "131101", "原材料供应紧张", DATE.minusDays(6), null),
            new DifficultyCaseRecord("U1", "甲纺织有限公司", "131101", "资金紧张", DATE.minusDays(2), null),
            new DifficultyCaseRecord("U2", "丙机械有限公司", "131103", "原材料供应紧张", DATE.minusDays(1), null),
            new DifficultyCaseRecord(
                "U3", "乙化工有限公司", "131102", "用工难", DATE.minusDays(9), DATE.minusDays(1)));
    return new BriefingInputs(
        List.of(DATE.minusDays(2), before, DATE, DATE.plusDays(1)),
        city,
        leaders,
        counties,
        alerts,
        List.of(),
        List.of(
            new KeyEnterprise(
                DATE, "K1", "甲重点有限公司", "131101", false, EnterpriseStatus.UNKNOWN, null, 10.0)),
        cases,
        List.of(new QuarantineCount(DATE, "131102", "BAD_USCC_CHECKSUM", 3)),
        Map.of(DATE, Instant.parse("2020-03-04T11:30:00Z")),
        "20200304T230000Z-0abc",
        "fugong-rules-1",
        new BriefingSettings(settings.metrics(), settings.report()));
  }
}
