package fugong.jobs;

import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.longOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.lake.LakeTable;
import fugong.testing.AlertsAndForecastsOracle;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Every alert kind of DOMAIN.md §6.1 (docs/metrics.md {@code alerts}) raised by a fixture: {@link
 * SmallCityWorld} for the daily ones, {@link NineDayWorld} for the overdue difficulty case (needs
 * more than 7 days) and the statistical anomaly (needs 5 counties).
 */
class AlertRulesTest {
  private static final double EXACT = 1e-12;

  private static List<Row> smallCity(String kind) {
    return where(SmallCityWorld.rows(LakeTable.ALERTS), "kind", kind);
  }

  private static List<Row> nineDays(String kind) {
    return where(NineDayWorld.rows(LakeTable.ALERTS), "kind", kind);
  }

  private static void assertAlert(
      Row alert, String severity, String date, String countyCode, String leader, String uscc) {
    assertThat(alert.<String>getAs("severity")).isEqualTo(severity);
    assertThat(alert.<Object>getAs("report_date").toString()).isEqualTo(date);
    assertThat(alert.<String>getAs("county_code")).isEqualTo(countyCode);
    assertThat(alert.<String>getAs("leader")).isEqualTo(leader);
    assertThat(alert.<String>getAs("uscc")).isEqualTo(uscc);
    assertThat(alert.<String>getAs("message")).isNotBlank();
  }

  @Test
  void theSmallCityRaisesExactlyTheExpectedAlerts() {
    // 03-01: LOW_COMPLIANCE 桃城区; 03-02: QUARANTINE_SHARE, CONFIRMED_WHILE_RESUMED, LOW_COMPLIANCE,
    // 3 × INCONSISTENCY (桃城区), RESUMPTION_DROP (枣强县); 03-03: MISSING_SUBMISSION (冀州区),
    // RESUMPTION_DROP (桃城区); 03-04: REJECTED_FILE (枣强县)
    assertThat(SmallCityWorld.rows(LakeTable.ALERTS))
        .extracting(
            row ->
                row.getAs("report_date").toString()
                    + " "
                    + row.getAs("kind")
                    + " "
                    + row.getAs("county_code"))
        .containsExactlyInAnyOrder(
            "2020-03-01 LOW_COMPLIANCE 131102",
            "2020-03-02 QUARANTINE_SHARE 131102",
            "2020-03-02 CONFIRMED_WHILE_RESUMED 131102",
            "2020-03-02 LOW_COMPLIANCE 131102",
            "2020-03-02 INCONSISTENCY 131102",
            "2020-03-02 INCONSISTENCY 131102",
            "2020-03-02 INCONSISTENCY 131102",
            "2020-03-02 RESUMPTION_DROP 131121",
            "2020-03-03 MISSING_SUBMISSION 131103",
            "2020-03-03 RESUMPTION_DROP 131102",
            "2020-03-04 REJECTED_FILE 131121");
  }

  @Test
  void missingSubmissionGoesToTheLeaderInForceThatDay() {
    // 冀州区 sent nothing on 03-03, the first day 曹德中 supervises it
    Row alert = only(smallCity("MISSING_SUBMISSION"));
    assertAlert(alert, "HIGH", "2020-03-03", SmallCityWorld.JIZHOU, SmallCityWorld.CAO, null);
  }

  @Test
  void rejectedFileWhenTheOnlyFileOfACountyDateIsUnreadable() {
    Row alert = only(smallCity("REJECTED_FILE"));
    assertAlert(alert, "MEDIUM", "2020-03-04", SmallCityWorld.ZAOQIANG, SmallCityWorld.CAO, null);
    assertThat(alert.<String>getAs("message")).contains("131121_20200304.xlsx");
  }

  @Test
  void quarantineShareAboveFivePercent() {
    Row alert = only(smallCity("QUARANTINE_SHARE"));
    assertAlert(alert, "MEDIUM", "2020-03-02", SmallCityWorld.TAOCHENG, SmallCityWorld.ZHAO, null);
    assertThat(doubleOf(alert, "value")).isCloseTo(1.0 / 4, within(EXACT)); // 1 of 4 rows
  }

  @Test
  void confirmedCaseWhileResumedButNotOnceClosed() {
    // C reports 1 confirmed case on 03-02 (resumed) and on 03-03 (not resumed: no alert)
    Row alert = only(smallCity("CONFIRMED_WHILE_RESUMED"));
    assertAlert(
        alert,
        "HIGH",
        "2020-03-02",
        SmallCityWorld.TAOCHENG,
        SmallCityWorld.ZHAO,
        SmallCityWorld.C);
    assertThat(doubleOf(alert, "value")).isEqualTo(1.0);
  }

  @Test
  void resumptionDropOfMoreThanFivePoints() {
    // 枣强县 03-02: 1/2 after 2/2; 桃城区 03-03: 2/3 after 3/3
    Row zaoqiang = only(smallCity("RESUMPTION_DROP"), "county_code", SmallCityWorld.ZAOQIANG);
    assertAlert(
        zaoqiang, "MEDIUM", "2020-03-02", SmallCityWorld.ZAOQIANG, SmallCityWorld.CAO, null);
    assertThat(doubleOf(zaoqiang, "value")).isCloseTo(1.0 / 2 - 1.0, within(EXACT));
    Row taocheng = only(smallCity("RESUMPTION_DROP"), "county_code", SmallCityWorld.TAOCHENG);
    assertAlert(
        taocheng, "MEDIUM", "2020-03-03", SmallCityWorld.TAOCHENG, SmallCityWorld.ZHAO, null);
    assertThat(doubleOf(taocheng, "value")).isCloseTo(2.0 / 3 - 1.0, within(EXACT));
  }

  @Test
  void lowComplianceBelowEightyPercentButNotWhenNothingWasAssessed() {
    // 桃城区: 1/2 on 03-01 (C's P1 否), 2/3 on 03-02 (A's W5 contradicted); 冀州区 03-03 is NULL
    List<Row> alerts = smallCity("LOW_COMPLIANCE");
    assertThat(alerts).hasSize(2);
    Row first = only(alerts, "report_date", "2020-03-01");
    assertAlert(first, "MEDIUM", "2020-03-01", SmallCityWorld.TAOCHENG, SmallCityWorld.ZHAO, null);
    assertThat(doubleOf(first, "value")).isCloseTo(1.0 / 2, within(EXACT));
    assertThat(doubleOf(only(alerts, "report_date", "2020-03-02"), "value"))
        .isCloseTo(2.0 / 3, within(EXACT));
  }

  @Test
  void inconsistencyForW5OutputAndStaffOnDuty() {
    List<Row> alerts = smallCity("INCONSISTENCY");
    assertThat(alerts).hasSize(3);
    // A: W5 是 but 13 residents in 2 rooms
    Row w5 = only(alerts, "uscc", SmallCityWorld.A);
    assertAlert(
        w5, "LOW", "2020-03-02", SmallCityWorld.TAOCHENG, SmallCityWorld.ZHAO, SmallCityWorld.A);
    assertThat(w5.<String>getAs("message")).contains("W5");
    // B: output 31 > 3 × 10, and 100 on duty > 2 × 40
    List<Row> forB = where(alerts, "uscc", SmallCityWorld.B);
    assertThat(forB).hasSize(2);
    for (Row alert : forB) {
      assertAlert(
          alert,
          "LOW",
          "2020-03-02",
          SmallCityWorld.TAOCHENG,
          SmallCityWorld.ZHAO,
          SmallCityWorld.B);
    }
    assertThat(forB)
        .extracting(alert -> doubleOf(alert, "value"))
        .containsExactlyInAnyOrder(31.0, 100.0);
  }

  @Test
  void difficultyOverdueOnlyAfterMoreThanSevenDays() {
    // P3 lists D5 from 03-01 to 03-09: 03-09 − 03-01 = 8 > 7; on 03-08 it is 7, not overdue yet
    Row alert = only(nineDays("DIFFICULTY_OVERDUE"));
    assertAlert(alert, "LOW", "2020-03-09", NineDayWorld.ZAOQIANG, "赵振川", NineDayWorld.P3);
    assertThat(doubleOf(alert, "value")).isEqualTo(8.0);
    Row difficultyCase =
        only(NineDayWorld.rows(LakeTable.DIFFICULTY_CASES), "uscc", NineDayWorld.P3);
    assertThat(difficultyCase.<Object>getAs("resolved_on")).isNull();
    assertThat(longOf(difficultyCase, "days_open")).isEqualTo(8L);
  }

  @Test
  void statisticalAnomalyWhenOneCountyMovesAndTheOthersDoNot() {
    // 03-06: 武强县 falls from 2/2 to 1/2 (change −1/2), the four other counties do not move.
    // median 0, MAD 0, mean absolute deviation 1/2 / 5 = 0.1, z = −0.5 / (1.253314 × 0.1) ≈ −3.99
    Row alert = only(nineDays("STATISTICAL_ANOMALY"));
    assertAlert(alert, "MEDIUM", "2020-03-06", NineDayWorld.WUQIANG, "李根洪", null);
    assertThat(doubleOf(alert, "value")).isCloseTo(-0.5 / (1.253314 * (0.5 / 5)), within(1e-9));
    // the same fall is also a resumption drop; nothing else is raised in the nine days
    Row drop = only(nineDays("RESUMPTION_DROP"));
    assertAlert(drop, "MEDIUM", "2020-03-06", NineDayWorld.WUQIANG, "李根洪", null);
    assertThat(NineDayWorld.rows(LakeTable.ALERTS)).hasSize(3);
    assertThat(
            doubleOf(
                only(
                    NineDayWorld.rows(LakeTable.COUNTY_DAILY),
                    "county_code",
                    NineDayWorld.WUQIANG,
                    "report_date",
                    "2020-03-06"),
                "resumption_rate_change_1d"))
        .isCloseTo(1.0 / 2 - 1.0, within(EXACT));
  }

  @Test
  void theDuckDbSqlAgreesOnEveryAlertAndForecastOfBothWorlds() throws Exception {
    // the same alerts (kind, severity, county, leader, enterprise, value) and forecasts (status,
    // projected date, points, value, slope, R²) from the independent SQL of DuckDbMetrics
    assertThat(AlertsAndForecastsOracle.differences(SmallCityWorld.lake())).isEmpty();
    assertThat(AlertsAndForecastsOracle.differences(NineDayWorld.lake())).isEmpty();
  }
}
