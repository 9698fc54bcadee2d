package fugong.jobs;

import static fugong.jobs.MetricsFixture.dateOf;
import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Carry-forward (DOMAIN.md §6, docs/metrics.md "Enterprise status"): one county, enterprise X
 * reports only on 03-01, enterprise Y every day (so every date has a file).
 *
 * <pre>
 *   X: normal 100 staff, 50 万元; 03-01 resumed, 60 on duty, output 30, suspected 1
 *   Y: normal  20 staff, 10 万元; 03-01…03-04 resumed, 10 on duty, output 5, lists D8
 *   03-05: the county's only file is unreadable (rejected), so 03-05 is a report date without
 *          accepted rows
 * </pre>
 *
 * With the default window of 3 days (D, D−1, D−2), X is FRESH on 03-01, CARRIED on 03-02 (one day
 * missing) and 03-03 (two days missing), UNKNOWN on 03-04 (three days missing). With a window of 1
 * day, X is UNKNOWN from 03-02.
 */
class CarryForwardTest {
  static final String TAOCHENG = "131102";
  static final String X = Fixtures.uscc("91131102MA0000011");
  static final String Y = Fixtures.uscc("91131102MA0000012");

  @TempDir static Path folder;
  static List<Row> countyWindowThree;
  static List<Row> enterprisesWindowThree;
  static List<Row> checklistWindowThree;
  static List<Row> casesWindowThree;
  static List<Row> countyWindowOne;
  static List<Row> enterprisesWindowOne;

  @BeforeAll
  static void runThePipelineWithWindowsThreeAndOne() {
    MetricsFixture world =
        new MetricsFixture(folder)
            .county(TAOCHENG, "桃城区")
            .assignment("赵振川", TAOCHENG, "原材料与装备科", "2020-02-26", "")
            .enterprise(X, "衡水甲机械有限公司", TAOCHENG, "C34", true, 100, "50")
            .enterprise(Y, "衡水乙纺织有限公司", TAOCHENG, "C17", false, 20, "10")
            .file(
                TAOCHENG,
                "2020-03-01",
                Report.resumed(X, 60, "30").health(1, 0, 0),
                Report.resumed(Y, 10, "5").difficulties("D8"))
            .file(TAOCHENG, "2020-03-02", Report.resumed(Y, 10, "5").difficulties("D8"))
            .file(TAOCHENG, "2020-03-03", Report.resumed(Y, 10, "5").difficulties("D8"))
            .file(TAOCHENG, "2020-03-04", Report.resumed(Y, 10, "5").difficulties("D8"))
            .rawFile("131102_20200305.xlsx", "this is not a workbook");
    Lake lake = world.run(MetricSettings.defaults());
    countyWindowThree = MetricsFixture.collect(lake, LakeTable.COUNTY_DAILY);
    enterprisesWindowThree = MetricsFixture.collect(lake, LakeTable.ENTERPRISE_DAILY);
    checklistWindowThree = MetricsFixture.collect(lake, LakeTable.CHECKLIST_DAILY);
    casesWindowThree = MetricsFixture.collect(lake, LakeTable.DIFFICULTY_CASES);

    Lake windowOne = world.rerunMetrics(MetricSettings.defaults().withCarryWindowDays(1));
    countyWindowOne = MetricsFixture.collect(windowOne, LakeTable.COUNTY_DAILY);
    enterprisesWindowOne = MetricsFixture.collect(windowOne, LakeTable.ENTERPRISE_DAILY);
  }

  @Test
  void statusIsFreshThenCarriedForTwoMissingDaysThenUnknown() {
    Row day1 = only(enterprisesWindowThree, "uscc", X, "report_date", "2020-03-01");
    assertThat(day1.<String>getAs("status")).isEqualTo("FRESH");
    for (String date : List.of("2020-03-02", "2020-03-03")) {
      Row carried = only(enterprisesWindowThree, "uscc", X, "report_date", date);
      assertThat(carried.<String>getAs("status")).as(date).isEqualTo("CARRIED");
      assertThat(dateOf(carried, "source_report_date"))
          .as(date)
          .isEqualTo(LocalDate.of(2020, 3, 1));
      // the carried report gives every value: resumed, 60 on duty, output 30
      assertThat(carried.<Boolean>getAs("resumed")).as(date).isTrue();
      assertThat(longOf(carried, "employees_on_duty")).as(date).isEqualTo(60L);
      assertThat(doubleOf(carried, "output_value")).as(date).isEqualTo(30.0);
      // only FRESH reports are assessed for the checklist and count health figures
      assertThat(carried.<Boolean>getAs("assessed")).as(date).isFalse();
      assertThat(longOf(carried, "suspected")).as(date).isZero();
    }
    Row day4 = only(enterprisesWindowThree, "uscc", X, "report_date", "2020-03-04");
    assertThat(day4.<String>getAs("status")).isEqualTo("UNKNOWN");
    assertThat(day4.<Object>getAs("source_report_date")).isNull();
    assertThat(day4.<Boolean>getAs("resumed")).isFalse();
    assertThat(day4.<Object>getAs("employees_on_duty")).isNull();
    assertThat(day4.<Object>getAs("output_value")).isNull();
  }

  @Test
  void countyFiguresUseTheCarriedValuesButTheChecklistOnlyFreshReports() {
    Row day1 = only(countyWindowThree, "county_code", TAOCHENG, "report_date", "2020-03-01");
    assertThat(longOf(day1, "reported")).isEqualTo(2L);
    assertThat(longOf(day1, "resumed")).isEqualTo(2L);
    assertThat(longOf(day1, "assessed")).isEqualTo(2L);
    assertThat(longOf(day1, "suspected")).isEqualTo(1L);

    for (String date : List.of("2020-03-02", "2020-03-03")) {
      Row day = only(countyWindowThree, "county_code", TAOCHENG, "report_date", date);
      assertThat(longOf(day, "enterprises")).as(date).isEqualTo(2L);
      assertThat(longOf(day, "reported")).as(date).isEqualTo(1L);
      assertThat(longOf(day, "carried")).as(date).isEqualTo(1L);
      assertThat(longOf(day, "unknown")).as(date).isZero();
      assertThat(longOf(day, "resumed")).as(date).isEqualTo(2L);
      // coverage 1/2 (only Y reported), resumption 2/2 (X carried as resumed)
      assertThat(doubleOf(day, "coverage")).as(date).isCloseTo(1.0 / 2, within(1e-12));
      assertThat(doubleOf(day, "resumption_rate")).as(date).isCloseTo(1.0, within(1e-12));
      // on duty (60 + 10) / (100 + 20); output (30 + 5) / (50 + 10)
      assertThat(longOf(day, "employees_on_duty")).as(date).isEqualTo(70L);
      assertThat(doubleOf(day, "employee_return_rate"))
          .as(date)
          .isCloseTo(70.0 / 120, within(1e-12));
      assertThat(doubleOf(day, "capacity_recovery_rate"))
          .as(date)
          .isCloseTo(35.0 / 60, within(1e-12));
      // the checklist counts only Y (fresh), suspected only fresh reports: 0
      assertThat(longOf(day, "assessed")).as(date).isEqualTo(1L);
      assertThat(longOf(day, "suspected")).as(date).isZero();
      assertThat(
              only(
                      checklistWindowThree,
                      "county_code",
                      TAOCHENG,
                      "item_code",
                      "H1",
                      "report_date",
                      date)
                  .<Long>getAs("assessed"))
          .as(date)
          .isEqualTo(1L);
    }

    Row day4 = only(countyWindowThree, "county_code", TAOCHENG, "report_date", "2020-03-04");
    assertThat(longOf(day4, "reported")).isEqualTo(1L);
    assertThat(longOf(day4, "carried")).isZero();
    assertThat(longOf(day4, "unknown")).isEqualTo(1L);
    // unknown counts as not resumed: 1 resumed of 2, 1 stopped
    assertThat(longOf(day4, "resumed")).isEqualTo(1L);
    assertThat(longOf(day4, "stopped")).isEqualTo(1L);
    assertThat(doubleOf(day4, "resumption_rate")).isCloseTo(1.0 / 2, within(1e-12));
    assertThat(doubleOf(day4, "resumption_rate_change_1d")).isCloseTo(1.0 / 2 - 1.0, within(1e-12));
    // Y alone: 10 / 20 on duty; capacity 5 over the whole population's normal output 50 + 10
    assertThat(doubleOf(day4, "employee_return_rate")).isCloseTo(10.0 / 20, within(1e-12));
    assertThat(doubleOf(day4, "capacity_recovery_rate")).isCloseTo(5.0 / 60, within(1e-12));
  }

  @Test
  void aWindowOfOneDayCarriesNothing() {
    assertThat(
            only(enterprisesWindowOne, "uscc", X, "report_date", "2020-03-01")
                .<String>getAs("status"))
        .isEqualTo("FRESH");
    for (String date : List.of("2020-03-02", "2020-03-03", "2020-03-04")) {
      Row enterprise = only(enterprisesWindowOne, "uscc", X, "report_date", date);
      assertThat(enterprise.<String>getAs("status")).as(date).isEqualTo("UNKNOWN");
      assertThat(enterprise.<Boolean>getAs("resumed")).as(date).isFalse();

      Row county = only(countyWindowOne, "county_code", TAOCHENG, "report_date", date);
      assertThat(longOf(county, "carried")).as(date).isZero();
      assertThat(longOf(county, "unknown")).as(date).isEqualTo(1L);
      assertThat(longOf(county, "resumed")).as(date).isEqualTo(1L);
      // resumption 1/2, capacity 5 / 60
      assertThat(doubleOf(county, "resumption_rate")).as(date).isCloseTo(1.0 / 2, within(1e-12));
      assertThat(doubleOf(county, "capacity_recovery_rate"))
          .as(date)
          .isCloseTo(5.0 / 60, within(1e-12));
    }
    // 03-02: resumption fell from 2/2 to 1/2 at once
    assertThat(
            doubleOf(
                only(countyWindowOne, "county_code", TAOCHENG, "report_date", "2020-03-02"),
                "resumption_rate_change_1d"))
        .isCloseTo(-1.0 / 2, within(1e-12));
  }

  @Test
  void aDateWithOnlyARejectedFileCarriesEveryone() {
    // 03-05: Y carried from 03-04 (one day back), X unknown (last report 03-01)
    Row y = only(enterprisesWindowThree, "uscc", Y, "report_date", "2020-03-05");
    assertThat(y.<String>getAs("status")).isEqualTo("CARRIED");
    assertThat(dateOf(y, "source_report_date")).isEqualTo(LocalDate.of(2020, 3, 4));
    Row county = only(countyWindowThree, "county_code", TAOCHENG, "report_date", "2020-03-05");
    assertThat(longOf(county, "reported")).isZero();
    assertThat(longOf(county, "carried")).isEqualTo(1L);
    assertThat(longOf(county, "unknown")).isEqualTo(1L);
    assertThat(doubleOf(county, "resumption_rate")).isCloseTo(1.0 / 2, within(1e-12));
    assertThat(county.<String>getAs("submission_status"))
        .isEqualTo("LATE"); // no arrival given: the file's time, years later
    // with a one-day window nobody is carried
    Row windowOne = only(countyWindowOne, "county_code", TAOCHENG, "report_date", "2020-03-05");
    assertThat(longOf(windowOne, "unknown")).isEqualTo(2L);
    assertThat(longOf(windowOne, "resumed")).isZero();
  }

  @Test
  void anOpenCaseRunsToTheLatestReportDateEvenWithoutAcceptedRowsThatDay() {
    // Y's D8 is open since 03-01; the latest report date is 03-05 (the rejected file's date), so
    // days_open = 03-05 − 03-01 = 4, the same count the case is open on 03-05
    Row difficultyCase = only(casesWindowThree, "uscc", Y, "code", "D8");
    assertThat(difficultyCase.<Object>getAs("resolved_on")).isNull();
    assertThat(longOf(difficultyCase, "days_open")).isEqualTo(4L);
    assertThat(
            longOf(
                only(countyWindowThree, "county_code", TAOCHENG, "report_date", "2020-03-05"),
                "open_difficulties_D8"))
        .isEqualTo(1L);
  }
}
