package fugong.jobs;

import static fugong.jobs.MetricsFixture.dateOf;
import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static fugong.jobs.SmallCityWorld.A;
import static fugong.jobs.SmallCityWorld.B;
import static fugong.jobs.SmallCityWorld.C;
import static fugong.jobs.SmallCityWorld.F;
import static fugong.jobs.SmallCityWorld.JIZHOU;
import static fugong.jobs.SmallCityWorld.TAOCHENG;
import static fugong.jobs.SmallCityWorld.ZAOQIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.domain.ChecklistItem;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.testing.LakeAssertions;
import fugong.testing.TestSpark;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Every unit metric of DOMAIN.md §6 on the {@link SmallCityWorld} fixture, with the expected
 * numbers worked out by hand from docs/metrics.md.
 */
class MetricsJobTest {
  private static final double EXACT = 1e-12;

  private static Row county(String code, String date) {
    return only(
        SmallCityWorld.rows(LakeTable.COUNTY_DAILY), "county_code", code, "report_date", date);
  }

  private static Row city(String date) {
    return only(SmallCityWorld.rows(LakeTable.CITY_DAILY), "report_date", date);
  }

  private static void assertRate(Row row, String column, Double expected) {
    if (expected == null) {
      assertThat(doubleOf(row, column)).as(column).isNull();
    } else {
      assertThat(doubleOf(row, column)).as(column).isCloseTo(expected, within(EXACT));
    }
  }

  @Test
  void taochengOnTheFirstDay() {
    // A resumed 80/40 (18 items, W5 met by 12/2 = 6 per room, 30/12 = 2.5 m² each), B not resumed,
    // C resumed 150/110 with P1 否 (17 items)
    Row row = county(TAOCHENG, "2020-03-01");
    assertThat(row.<String>getAs("county_name")).isEqualTo("桃城区");
    assertThat(longOf(row, "enterprises")).isEqualTo(3L);
    assertThat(longOf(row, "reported")).isEqualTo(3L);
    assertThat(longOf(row, "carried")).isZero();
    assertThat(longOf(row, "unknown")).isZero();
    assertThat(longOf(row, "resumed")).isEqualTo(2L);
    assertThat(longOf(row, "above_scale_enterprises")).isEqualTo(2L); // A, C
    assertThat(longOf(row, "above_scale_resumed")).isEqualTo(2L);
    assertThat(longOf(row, "employees_on_duty")).isEqualTo(230L); // 80 + 150
    assertThat(longOf(row, "normal_employees_of_resumed")).isEqualTo(300L); // 100 + 200
    assertThat(doubleOf(row, "output_of_resumed")).isCloseTo(150.0, within(EXACT)); // 40 + 110
    assertThat(doubleOf(row, "normal_output")).isCloseTo(180.0, within(EXACT)); // 50 + 10 + 120
    assertThat(longOf(row, "full_load")).isEqualTo(1L); // C: 110 ≥ 0.9 × 120 = 108; A: 40 < 45
    assertThat(longOf(row, "reduced")).isZero(); // A: 40 ≥ 25, C: 110 ≥ 60
    assertThat(longOf(row, "stopped")).isEqualTo(1L); // 3 − 2
    assertThat(longOf(row, "assessed")).isEqualTo(2L);
    assertThat(longOf(row, "fully_compliant")).isEqualTo(1L); // A only
    assertThat(longOf(row, "items_met")).isEqualTo(35L); // 18 + 17
    assertThat(longOf(row, "item_met_P1")).isEqualTo(1L);
    assertThat(longOf(row, "item_met_W5")).isEqualTo(2L);
    assertThat(longOf(row, "suspected")).isEqualTo(1L);
    assertThat(longOf(row, "isolated")).isEqualTo(5L); // A 2 + B 3 (not resumed, still counted)
    assertThat(longOf(row, "confirmed")).isZero();

    assertRate(row, "coverage", 3.0 / 3);
    assertRate(row, "resumption_rate", 2.0 / 3);
    assertRate(row, "above_scale_resumption_rate", 2.0 / 2);
    assertRate(row, "employee_return_rate", 230.0 / 300);
    assertRate(row, "capacity_recovery_rate", 150.0 / 180);
    assertRate(row, "checklist_item_rate_P1", 1.0 / 2);
    assertRate(row, "checklist_item_rate_W5", 2.0 / 2);
    assertRate(row, "checklist_item_rate_H1", 2.0 / 2);
    assertRate(row, "full_compliance_rate", 1.0 / 2);
    assertRate(row, "compliance_score", 35.0 / (18 * 2));
    // no 02-29 in the lake: no change
    assertRate(row, "resumption_rate_change_1d", null);
    assertRate(row, "resumption_rate_change_7d", null);
  }

  @Test
  void smallCountiesOnTheFirstDayShowTheThresholdsAndNullRates() {
    // 冀州区: D alone, 20/2, no above-scale enterprise
    Row jizhou = county(JIZHOU, "2020-03-01");
    assertThat(longOf(jizhou, "above_scale_enterprises")).isZero();
    assertRate(jizhou, "above_scale_resumption_rate", null); // 0 / 0
    assertRate(jizhou, "employee_return_rate", 20.0 / 30);
    assertRate(jizhou, "capacity_recovery_rate", 2.0 / 5);
    assertThat(longOf(jizhou, "reduced")).isEqualTo(1L); // 2 < 0.5 × 5 = 2.5
    assertThat(longOf(jizhou, "full_load")).isZero();
    assertThat(jizhou.<String>getAs("leader")).isEqualTo(SmallCityWorld.ZHAO);
    assertThat(jizhou.<String>getAs("section")).isEqualTo("运行监测科");

    // 枣强县: E 40/18 of 50/20, F 10/2 of 20/4
    Row zaoqiang = county(ZAOQIANG, "2020-03-01");
    assertThat(longOf(zaoqiang, "full_load")).isEqualTo(1L); // E: 18 = 0.9 × 20 counts (≥)
    assertThat(longOf(zaoqiang, "reduced")).isZero(); // F: 2 = 0.5 × 4 is not below half
    assertThat(longOf(zaoqiang, "stopped")).isZero();
    assertRate(zaoqiang, "resumption_rate", 2.0 / 2);
    assertRate(zaoqiang, "above_scale_resumption_rate", 1.0 / 1);
    assertRate(zaoqiang, "employee_return_rate", 50.0 / 70);
    assertRate(zaoqiang, "capacity_recovery_rate", 20.0 / 24);
    assertRate(zaoqiang, "full_compliance_rate", 2.0 / 2);
    assertRate(zaoqiang, "compliance_score", 36.0 / 36);
  }

  @Test
  void taochengOnTheSecondDayWithTheW5ContradictionAndDayOverDayChanges() {
    // A 90/45 (W5 是 but 13 residents in 2 rooms > 6 each: not met, 17 items), B 100/31, C 120/100
    Row row = county(TAOCHENG, "2020-03-02");
    assertThat(longOf(row, "reported")).isEqualTo(3L); // the quarantined row of Q does not count
    assertThat(longOf(row, "resumed")).isEqualTo(3L);
    assertThat(longOf(row, "employees_on_duty")).isEqualTo(310L); // 90 + 100 + 120
    assertThat(longOf(row, "normal_employees_of_resumed")).isEqualTo(340L); // 100 + 40 + 200
    assertThat(doubleOf(row, "output_of_resumed")).isCloseTo(176.0, within(EXACT)); // 45 + 31 + 100
    assertThat(longOf(row, "full_load")).isEqualTo(2L); // A: 45 = 0.9 × 50, B: 31 ≥ 9; C: 100 < 108
    assertThat(longOf(row, "reduced")).isZero();
    assertThat(longOf(row, "item_met_W5")).isEqualTo(2L); // B, C; A's 是 is contradicted
    assertThat(longOf(row, "fully_compliant")).isEqualTo(2L);
    assertThat(longOf(row, "items_met")).isEqualTo(53L); // 17 + 18 + 18
    assertThat(longOf(row, "isolated")).isEqualTo(1L);
    assertThat(longOf(row, "confirmed")).isEqualTo(1L);
    assertRate(row, "resumption_rate", 3.0 / 3);
    assertRate(row, "employee_return_rate", 310.0 / 340);
    assertRate(row, "capacity_recovery_rate", 176.0 / 180);
    assertRate(row, "checklist_item_rate_W5", 2.0 / 3);
    assertRate(row, "full_compliance_rate", 2.0 / 3);
    assertRate(row, "compliance_score", 53.0 / 54);

    assertRate(row, "coverage_change_1d", 1.0 - 1.0);
    assertRate(row, "resumption_rate_change_1d", 1.0 - 2.0 / 3);
    assertRate(row, "above_scale_resumption_rate_change_1d", 1.0 - 1.0);
    assertRate(row, "employee_return_rate_change_1d", 310.0 / 340 - 230.0 / 300);
    assertRate(row, "capacity_recovery_rate_change_1d", 176.0 / 180 - 150.0 / 180);
    assertRate(row, "full_compliance_rate_change_1d", 2.0 / 3 - 1.0 / 2);
    assertRate(row, "compliance_score_change_1d", 53.0 / 54 - 35.0 / 36);
    assertRate(row, "resumption_rate_change_7d", null);

    // W5 from the numbers overrides a self-reported 否 too: D has 4 residents in 1 room, 10 m²
    Row jizhou = county(JIZHOU, "2020-03-02");
    assertThat(longOf(jizhou, "item_met_W5")).isEqualTo(1L);
    assertRate(jizhou, "full_compliance_rate", 1.0);
    // 25/30 after 20/30; 4/5 after 2/5
    assertRate(jizhou, "employee_return_rate_change_1d", 25.0 / 30 - 20.0 / 30);
    assertRate(jizhou, "capacity_recovery_rate_change_1d", 4.0 / 5 - 2.0 / 5);
  }

  @Test
  void aCountyWithoutAFileIsCarriedAndHasNoChecklist() {
    // 冀州区 sent nothing on 03-03: D carried from 03-02 (25/4), nothing assessed
    Row row = county(JIZHOU, "2020-03-03");
    assertThat(longOf(row, "reported")).isZero();
    assertThat(longOf(row, "carried")).isEqualTo(1L);
    assertThat(longOf(row, "resumed")).isEqualTo(1L);
    assertThat(longOf(row, "assessed")).isZero();
    assertRate(row, "coverage", 0.0);
    assertRate(row, "resumption_rate", 1.0);
    assertRate(row, "employee_return_rate", 25.0 / 30);
    assertRate(row, "capacity_recovery_rate", 4.0 / 5);
    assertRate(row, "full_compliance_rate", null);
    assertRate(row, "compliance_score", null);
    assertRate(row, "checklist_item_rate_H1", null);
    assertRate(row, "coverage_change_1d", 0.0 - 1.0);
    assertRate(row, "full_compliance_rate_change_1d", null);

    // 桃城区 03-04: B left out of the file, carried from 03-03 (30/8); A fresh 100/50; C not resumed
    Row taocheng = county(TAOCHENG, "2020-03-04");
    assertThat(longOf(taocheng, "reported")).isEqualTo(2L);
    assertThat(longOf(taocheng, "carried")).isEqualTo(1L);
    assertThat(longOf(taocheng, "resumed")).isEqualTo(2L);
    assertThat(longOf(taocheng, "above_scale_resumed")).isEqualTo(1L); // A (C is not resumed)
    assertThat(longOf(taocheng, "assessed")).isEqualTo(1L); // A only: B is carried
    assertRate(taocheng, "coverage", 2.0 / 3);
    assertRate(taocheng, "coverage_change_1d", 2.0 / 3 - 3.0 / 3);
    assertRate(taocheng, "above_scale_resumption_rate", 1.0 / 2);
    assertRate(taocheng, "employee_return_rate", 130.0 / 140); // (100 + 30) / (100 + 40)
    assertRate(taocheng, "capacity_recovery_rate", 58.0 / 180); // (50 + 8) / 180
  }

  @Test
  void checklistDailyHasOneRowPerItemWhereSomethingWasAssessed() {
    List<Row> checklist = SmallCityWorld.rows(LakeTable.CHECKLIST_DAILY);
    // 03-01 and 03-02: 3 counties × 18; 03-03: 桃城区 and 枣强县 (冀州区 no file); 03-04: 桃城区 and
    // 冀州区 (枣强县 rejected)
    assertThat(checklist).hasSize(18 * (3 + 3 + 2 + 2));
    assertThat(where(checklist, "county_code", JIZHOU, "report_date", "2020-03-03")).isEmpty();
    assertThat(where(checklist, "county_code", ZAOQIANG, "report_date", "2020-03-04")).isEmpty();

    Row p1 =
        only(checklist, "county_code", TAOCHENG, "item_code", "P1", "report_date", "2020-03-01");
    assertThat(longOf(p1, "met")).isEqualTo(1L);
    assertThat(longOf(p1, "assessed")).isEqualTo(2L);
    assertThat(doubleOf(p1, "rate")).isCloseTo(1.0 / 2, within(EXACT));
    assertThat(p1.<String>getAs("item_name")).isEqualTo(ChecklistItem.P1.shortName());

    Row w5 =
        only(checklist, "county_code", TAOCHENG, "item_code", "W5", "report_date", "2020-03-02");
    assertThat(longOf(w5, "met")).isEqualTo(2L);
    assertThat(longOf(w5, "assessed")).isEqualTo(3L);
    assertThat(doubleOf(w5, "rate")).isCloseTo(2.0 / 3, within(EXACT));

    Row w5ByNumbers =
        only(checklist, "county_code", JIZHOU, "item_code", "W5", "report_date", "2020-03-02");
    assertThat(longOf(w5ByNumbers, "met")).isEqualTo(1L);
    assertThat(doubleOf(w5ByNumbers, "rate")).isCloseTo(1.0, within(EXACT));
  }

  @Test
  void w5IsJudgedFromTheDormitoryNumbersPerEnterprise() {
    List<Row> enterprises = SmallCityWorld.rows(LakeTable.ENTERPRISE_DAILY);
    Row contradicted = only(enterprises, "uscc", A, "report_date", "2020-03-02");
    assertThat(contradicted.<Boolean>getAs("w5_reported")).isTrue();
    assertThat(contradicted.<Boolean>getAs("w5_by_numbers")).isFalse();
    assertThat(contradicted.<Boolean>getAs("w5_contradicted")).isTrue();
    assertThat(contradicted.<Boolean>getAs("W5")).isFalse();
    assertThat(longOf(contradicted, "items_met")).isEqualTo(17L);

    Row metByNumbers = only(enterprises, "uscc", SmallCityWorld.D, "report_date", "2020-03-02");
    assertThat(metByNumbers.<Boolean>getAs("w5_reported")).isFalse();
    assertThat(metByNumbers.<Boolean>getAs("W5")).isTrue();
    assertThat(metByNumbers.<Boolean>getAs("w5_contradicted")).isFalse();

    Row boundary = only(enterprises, "uscc", A, "report_date", "2020-03-01");
    assertThat(boundary.<Boolean>getAs("w5_by_numbers")).isTrue(); // 12 / 2 = 6, 30 / 12 = 2.5
  }

  @Test
  void healthCountsComeOnlyFromFreshReportsResumedOrNot() {
    // C is not resumed on 03-03 but reports 1 confirmed case: counted
    Row taocheng = county(TAOCHENG, "2020-03-03");
    assertThat(longOf(taocheng, "confirmed")).isEqualTo(1L);
    assertThat(longOf(taocheng, "resumed")).isEqualTo(2L);
    // E reports 2 suspected on 03-03; on 03-04 E is carried (file rejected): 0
    assertThat(longOf(county(ZAOQIANG, "2020-03-03"), "suspected")).isEqualTo(2L);
    Row rejectedDay = county(ZAOQIANG, "2020-03-04");
    assertThat(longOf(rejectedDay, "suspected")).isZero();
    assertThat(longOf(rejectedDay, "carried")).isEqualTo(2L);
    assertThat(longOf(rejectedDay, "resumed")).isEqualTo(2L);
  }

  @Test
  void openDifficultiesPerCodeAndTheCases() {
    Row day1 = county(TAOCHENG, "2020-03-01");
    assertThat(longOf(day1, "open_difficulties_D1")).isEqualTo(1L); // A
    assertThat(longOf(day1, "open_difficulties_D7")).isEqualTo(1L); // B, not resumed: still counted
    assertThat(longOf(day1, "open_difficulties")).isEqualTo(2L);
    Row day2 = county(TAOCHENG, "2020-03-02");
    assertThat(longOf(day2, "open_difficulties_D1")).isEqualTo(1L);
    assertThat(longOf(day2, "open_difficulties_D7")).isZero(); // resolved on 03-02
    assertThat(longOf(day2, "open_difficulties_D3")).isEqualTo(1L); // B, opened on 03-02
    assertThat(longOf(day2, "open_difficulties")).isEqualTo(2L);
    Row day3 = county(TAOCHENG, "2020-03-03");
    assertThat(longOf(day3, "open_difficulties_D1")).isEqualTo(1L);
    assertThat(longOf(day3, "open_difficulties_D3")).isEqualTo(1L);
    assertThat(longOf(day3, "open_difficulties_D5")).isEqualTo(1L);
    assertThat(longOf(day3, "open_difficulties")).isEqualTo(3L);
    Row day4 = county(TAOCHENG, "2020-03-04");
    assertThat(longOf(day4, "open_difficulties_D1")).isZero(); // resolved on 03-04
    assertThat(longOf(day4, "open_difficulties_D3"))
        .isEqualTo(1L); // B sent no row: a missing day resolves nothing
    assertThat(longOf(day4, "open_difficulties_D5")).isEqualTo(1L);
    assertThat(longOf(day4, "open_difficulties")).isEqualTo(2L);
    assertThat(longOf(county(ZAOQIANG, "2020-03-02"), "open_difficulties_D2")).isEqualTo(1L);
    assertThat(longOf(county(ZAOQIANG, "2020-03-03"), "open_difficulties_D2")).isZero();
    assertThat(longOf(city("2020-03-02"), "open_difficulties"))
        .isEqualTo(3L); // A's D1, B's D3, F's D2
    assertThat(longOf(city("2020-03-02"), "open_difficulties_D2")).isEqualTo(1L);

    List<Row> cases = SmallCityWorld.rows(LakeTable.DIFFICULTY_CASES);
    assertThat(cases).hasSize(5);
    assertCase(only(cases, "uscc", A, "code", "D1"), "2020-03-01", "2020-03-04", 3);
    assertCase(only(cases, "uscc", B, "code", "D7"), "2020-03-01", "2020-03-02", 1);
    // B listed D3 on 03-02 and 03-03 and sent no row on 03-04: still open, 03-04 − 03-02
    assertCase(only(cases, "uscc", B, "code", "D3"), "2020-03-02", null, 2);
    assertCase(only(cases, "uscc", F, "code", "D2"), "2020-03-02", "2020-03-03", 1);
    // still open: days_open runs to the latest report date in the lake, 03-04
    assertCase(only(cases, "uscc", C, "code", "D5"), "2020-03-03", null, 1);
    assertThat(only(cases, "uscc", C, "code", "D5").<String>getAs("county_code"))
        .isEqualTo(TAOCHENG);
  }

  private static void assertCase(
      Row difficultyCase, String openedOn, String resolvedOn, long daysOpen) {
    assertThat(dateOf(difficultyCase, "opened_on")).isEqualTo(LocalDate.parse(openedOn));
    assertThat(dateOf(difficultyCase, "resolved_on"))
        .isEqualTo(resolvedOn == null ? null : LocalDate.parse(resolvedOn));
    assertThat(longOf(difficultyCase, "days_open")).isEqualTo(daysOpen);
  }

  @Test
  void submissionStatusWithAnInclusiveDeadlineAndQuarantinedRows() {
    // the deadline 20:00:00 Asia/Shanghai is inclusive
    assertThat(county(TAOCHENG, "2020-03-01").<String>getAs("submission_status"))
        .isEqualTo("ON_TIME"); // 19:59:59
    assertThat(county(JIZHOU, "2020-03-01").<String>getAs("submission_status"))
        .isEqualTo("ON_TIME"); // 20:00:00
    assertThat(county(ZAOQIANG, "2020-03-01").<String>getAs("submission_status"))
        .isEqualTo("LATE"); // 20:00:01
    assertThat(county(TAOCHENG, "2020-03-02").<String>getAs("submission_status"))
        .isEqualTo("LATE"); // 20:00:01
    assertThat(county(TAOCHENG, "2020-03-03").<String>getAs("submission_status"))
        .isEqualTo("ON_TIME"); // 20:00:00
    assertThat(county(JIZHOU, "2020-03-03").<String>getAs("submission_status"))
        .isEqualTo("MISSING");
    assertThat(county(JIZHOU, "2020-03-03").<Object>getAs("first_arrival")).isNull();
    // a rejected file still counts as arrived: 21:00 is late
    Row rejected = county(ZAOQIANG, "2020-03-04");
    assertThat(rejected.<String>getAs("submission_status")).isEqualTo("LATE");
    assertThat(rejected.<java.time.Instant>getAs("first_arrival"))
        .isEqualTo(
            LocalDateTime.parse("2020-03-04T21:00:00")
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
    assertThat(longOf(rejected, "rows_read")).isZero();
    assertRate(rejected, "quarantined_share", null);

    // 桃城区 03-02: 4 rows read, Q (unknown enterprise) quarantined: 1 / 4
    Row quarantined = county(TAOCHENG, "2020-03-02");
    assertThat(longOf(quarantined, "rows_read")).isEqualTo(4L);
    assertThat(longOf(quarantined, "quarantined_rows")).isEqualTo(1L);
    assertRate(quarantined, "quarantined_share", 1.0 / 4);
    assertThat(longOf(county(TAOCHENG, "2020-03-01"), "quarantined_rows")).isZero();
    assertRate(county(TAOCHENG, "2020-03-01"), "quarantined_share", 0.0 / 3);
  }

  @Test
  void cityFiguresComeFromSummedNumerators() {
    Row day1 = city("2020-03-01");
    assertThat(longOf(day1, "enterprises")).isEqualTo(6L);
    assertThat(longOf(day1, "reported")).isEqualTo(6L);
    assertThat(longOf(day1, "resumed")).isEqualTo(5L); // all but B
    assertThat(longOf(day1, "above_scale_enterprises")).isEqualTo(3L);
    assertThat(longOf(day1, "above_scale_resumed")).isEqualTo(3L);
    assertThat(longOf(day1, "full_load")).isEqualTo(2L); // C, E
    assertThat(longOf(day1, "reduced")).isEqualTo(1L); // D
    assertThat(longOf(day1, "stopped")).isEqualTo(1L);
    assertThat(longOf(day1, "suspected")).isEqualTo(1L);
    assertThat(longOf(day1, "isolated")).isEqualTo(5L);
    assertThat(longOf(day1, "confirmed")).isZero();
    assertRate(day1, "coverage", 6.0 / 6);
    assertRate(day1, "resumption_rate", 5.0 / 6);
    assertRate(day1, "above_scale_resumption_rate", 3.0 / 3);
    // on duty 80 + 150 + 20 + 40 + 10 over normal 100 + 200 + 30 + 50 + 20
    assertRate(day1, "employee_return_rate", 300.0 / 400);
    // output 40 + 110 + 2 + 18 + 2 over all normal output 50 + 10 + 120 + 5 + 20 + 4
    assertRate(day1, "capacity_recovery_rate", 172.0 / 209);
    assertRate(day1, "full_compliance_rate", 4.0 / 5);
    assertRate(day1, "compliance_score", 89.0 / 90);
    assertRate(day1, "checklist_item_rate_P1", 4.0 / 5);

    Row day2 = city("2020-03-02");
    // on duty 90 + 100 + 120 + 25 + 45 = 380 over 100 + 40 + 200 + 30 + 50 = 420
    assertRate(day2, "employee_return_rate", 380.0 / 420);
    assertRate(day2, "employee_return_rate_change_1d", 380.0 / 420 - 300.0 / 400);
    // output 45 + 31 + 100 + 4 + 19 = 199
    assertRate(day2, "capacity_recovery_rate_change_1d", 199.0 / 209 - 172.0 / 209);
    assertRate(day2, "resumption_rate_change_1d", 5.0 / 6 - 5.0 / 6);
    assertThat(longOf(day2, "confirmed")).isEqualTo(1L);

    Row day4 = city("2020-03-04");
    // fresh A, C, D; carried B, E, F
    assertThat(longOf(day4, "reported")).isEqualTo(3L);
    assertThat(longOf(day4, "carried")).isEqualTo(3L);
    assertRate(day4, "coverage", 3.0 / 6);
    // 03-03: fresh A, B, C, E, F (D carried)
    assertRate(day4, "coverage_change_1d", 3.0 / 6 - 5.0 / 6);
    // on duty A 100 + B 30 + D 30 + E 50 + F 20 over 100 + 40 + 30 + 50 + 20
    assertRate(day4, "employee_return_rate", 230.0 / 240);
  }

  @Test
  void industryFiguresAndChanges() {
    List<Row> industry = SmallCityWorld.rows(LakeTable.INDUSTRY_DAILY);
    // C34 = A (100, 50) and E (50, 20)
    Row day1 = only(industry, "industry_code", "C34", "report_date", "2020-03-01");
    assertThat(longOf(day1, "enterprises")).isEqualTo(2L);
    assertRate(day1, "resumption_rate", 2.0 / 2);
    assertRate(day1, "employee_return_rate", 120.0 / 150); // 80 + 40
    assertRate(day1, "capacity_recovery_rate", 58.0 / 70); // 40 + 18
    Row day2 = only(industry, "industry_code", "C34", "report_date", "2020-03-02");
    assertRate(day2, "employee_return_rate", 135.0 / 150); // 90 + 45
    assertRate(day2, "employee_return_rate_change_1d", 135.0 / 150 - 120.0 / 150);
    assertRate(day2, "capacity_recovery_rate_change_1d", 64.0 / 70 - 58.0 / 70);
    assertRate(day2, "full_compliance_rate", 1.0 / 2); // A's W5 contradicted
    assertRate(day2, "full_compliance_rate_change_1d", 1.0 / 2 - 1.0);
    assertRate(day2, "compliance_score_change_1d", 35.0 / 36 - 36.0 / 36);
    // C17 = B (not resumed on 03-01) and F
    assertRate(
        only(industry, "industry_code", "C17", "report_date", "2020-03-01"),
        "resumption_rate",
        1.0 / 2);
    // C26 = C alone: resumed on 03-02, closed on 03-03
    assertRate(
        only(industry, "industry_code", "C26", "report_date", "2020-03-03"),
        "resumption_rate_change_1d",
        0.0 - 1.0);
  }

  @Test
  void scaleFiguresAndChanges() {
    List<Row> scale = SmallCityWorld.rows(LakeTable.SCALE_DAILY);
    // 规上 = A, C, E
    Row above1 = only(scale, "above_scale", true, "report_date", "2020-03-01");
    assertThat(longOf(above1, "enterprises")).isEqualTo(3L);
    assertThat(longOf(above1, "above_scale_enterprises")).isEqualTo(3L);
    assertThat(longOf(above1, "above_scale_resumed")).isEqualTo(3L);
    assertRate(above1, "above_scale_resumption_rate", 3.0 / 3);
    assertRate(above1, "employee_return_rate", 270.0 / 350); // 80 + 150 + 40
    assertRate(above1, "capacity_recovery_rate", 168.0 / 190); // 40 + 110 + 18
    Row above2 = only(scale, "above_scale", true, "report_date", "2020-03-02");
    assertRate(
        above2, "capacity_recovery_rate_change_1d", 164.0 / 190 - 168.0 / 190); // 45 + 100 + 19
    Row above3 = only(scale, "above_scale", true, "report_date", "2020-03-03");
    assertRate(above3, "above_scale_resumption_rate", 2.0 / 3); // C closed
    assertRate(above3, "above_scale_resumption_rate_change_1d", 2.0 / 3 - 1.0);
    // 规下 = B, D, F
    Row below1 = only(scale, "above_scale", false, "report_date", "2020-03-01");
    assertThat(longOf(below1, "above_scale_enterprises")).isZero();
    assertRate(below1, "above_scale_resumption_rate", null);
    assertRate(below1, "resumption_rate", 2.0 / 3); // D, F
    assertRate(below1, "employee_return_rate", 30.0 / 50); // 20 + 10 over 30 + 20
    assertRate(below1, "capacity_recovery_rate", 4.0 / 19); // 2 + 2 over 10 + 5 + 4
  }

  @Test
  void writtenMetricTablesHaveTheDeclaredSchemas() throws Exception {
    Lake lake = SmallCityWorld.lake();
    var spark = TestSpark.session();
    for (LakeTable table : MetricsJob.TABLES) {
      if (MetricsJob.POWER_TABLES.contains(table)) {
        // no meter data in this world: the electricity tables are written empty (a published
        // version without data files, read with the declared schema)
        assertThat(lake.published().location(table)).as(table.tableName()).isPresent();
        assertThat(lake.read(table).schema()).as(table.tableName()).isEqualTo(table.schema());
        assertThat(lake.read(table).count()).as(table.tableName() + " rows").isZero();
        continue;
      }
      List<String> partitions = LakeAssertions.assertWrittenSchema(spark, lake, table);
      if (table == LakeTable.RESUMPTION_FLOWS) {
        // the first date has no day before it, so no change to split
        assertThat(partitions)
            .as(table.tableName() + " partition folders")
            .containsExactly(
                "report_date=2020-03-02", "report_date=2020-03-03", "report_date=2020-03-04");
      } else if (table.partitionedByDate()) {
        assertThat(partitions)
            .as(table.tableName() + " partition folders")
            .containsExactly(
                "report_date=2020-03-01",
                "report_date=2020-03-02",
                "report_date=2020-03-03",
                "report_date=2020-03-04");
      }
    }
  }
}
