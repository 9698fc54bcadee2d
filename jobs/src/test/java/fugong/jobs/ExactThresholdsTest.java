package fugong.jobs;

import static fugong.jobs.MetricsFixture.dateOf;
import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.only;
import static fugong.jobs.MetricsFixture.where;
import static fugong.jobs.NineDayWorld.ANPING;
import static fugong.jobs.NineDayWorld.JIZHOU;
import static fugong.jobs.NineDayWorld.TAOCHENG;
import static fugong.jobs.NineDayWorld.WUQIANG;
import static fugong.jobs.NineDayWorld.ZAOQIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.jobs.MetricsFixture.Report;
import fugong.lake.Lake;
import fugong.lake.LakeTable;
import fugong.metrics.MetricSettings;
import fugong.testing.AlertsAndForecastsOracle;
import fugong.testing.Fixtures;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ties of DOMAIN.md §6.1/§6.2 that binary doubles get wrong, through the real ingestion and
 * metrics jobs and checked again by the DuckDB SQL. Seven days (03-01 … 03-07), five counties,
 * every enterprise reporting every day (resumed or not); resumed enterprises per day:
 *
 * <pre>
 *   桃城区 131102  20 enterprises  15 14 14 14 14 14 14   03-02: 75 % → 70 %, exactly 5 points
 *   冀州区 131103  39 enterprises  39 37 37 37 37 37 37   03-02: 2 of 39 = 5.13 points
 *   枣强县 131121   8 enterprises   7  7  8  8  8  7  7   symmetric: slope exactly 0 on 03-07
 *   安平县 131125  20 enterprises  20 20 20 20 20 20 19   19/20 = 95 % on 03-07: reached, falling
 *   武强县 131123  10 enterprises  10 10 10 10  9  9  9   03-05: the only county that moves
 * </pre>
 *
 * Leaders: 赵振川 (桃城区, 冀州区), 王坤增 (枣强县, 安平县), 李根洪 (武强县).
 */
class ExactThresholdsTest {
  private static final int DAYS = 7;
  private static Lake lake;
  private static List<Row> alerts;
  private static List<Row> forecasts;

  @BeforeAll
  static void buildTheWorld() throws IOException {
    MetricsFixture world =
        NineDayWorld.fiveCounties(SmallCityWorld.temporaryWorld("fugong-exact-thresholds"), "王坤增");
    county(world, TAOCHENG, 20, new int[] {15, 14, 14, 14, 14, 14, 14});
    county(world, JIZHOU, 39, new int[] {39, 37, 37, 37, 37, 37, 37});
    county(world, ZAOQIANG, 8, new int[] {7, 7, 8, 8, 8, 7, 7});
    county(world, ANPING, 20, new int[] {20, 20, 20, 20, 20, 20, 19});
    county(world, WUQIANG, 10, new int[] {10, 10, 10, 10, 9, 9, 9});
    lake = world.run(MetricSettings.defaults());
    alerts = MetricsFixture.collect(lake, LakeTable.ALERTS);
    forecasts = MetricsFixture.collect(lake, LakeTable.FORECASTS);
  }

  /**
   * A county of {@code size} enterprises (normal staff 10, output 100), the first resumed[d]
   * resumed on day d.
   */
  private static void county(MetricsFixture world, String code, int size, int[] resumed) {
    List<String> usccs = new ArrayList<>();
    for (int number = 1; number <= size; number++) {
      String uscc = Fixtures.uscc("91" + code + "MA" + String.format("%07d", number));
      usccs.add(uscc);
      world.enterprise(uscc, "企业" + code + "-" + number, code, "C34", true, 10, "100");
    }
    for (int day = 1; day <= DAYS; day++) {
      Report[] reports = new Report[size];
      for (int index = 0; index < size; index++) {
        reports[index] =
            index < resumed[day - 1]
                ? Report.resumed(usccs.get(index), 10, "100")
                : Report.notResumed(usccs.get(index));
      }
      world.file(code, String.format("2020-03-%02d", day), reports);
    }
  }

  private static Row forecast(String county, String date) {
    return only(
        forecasts,
        "unit_type",
        "county",
        "unit",
        county,
        "metric",
        "resumption_rate",
        "report_date",
        date);
  }

  @Test
  void aDropOfExactlyFivePointsRaisesNothingAndOneOfMoreDoes() {
    // 桃城区 03-02: 100·(15·20 − 14·20) = 2000, not > 5·20·20 = 2000; 冀州区: 100·(39·39 − 37·39) = 7800
    // > 7605.
    // 枣强县 03-06 (8/8 → 7/8, 12.5 points) and 武强县 03-05 (10 → 9 of 10, 10 points) also drop;
    // 安平县 03-07 (20 → 19 of 20) is exactly 5 points again: nothing.
    List<Row> drops = where(alerts, "kind", "RESUMPTION_DROP");
    assertThat(drops)
        .extracting(
            alert ->
                alert.getAs("report_date").toString()
                    + " "
                    + alert.getAs("county_code")
                    + " "
                    + alert.getAs("severity")
                    + " "
                    + alert.getAs("leader"))
        .containsExactlyInAnyOrder(
            "2020-03-02 131103 MEDIUM 赵振川",
            "2020-03-06 131121 MEDIUM 王坤增",
            "2020-03-05 131123 MEDIUM 李根洪");
    assertThat(doubleOf(only(drops, "county_code", JIZHOU), "value"))
        .isCloseTo(37.0 / 39 - 1, within(1e-12));
  }

  @Test
  void madZeroWithOneCountyOffTheMedianScoresFromTheMeanAbsoluteDeviation() {
    // 03-05: changes 0, 0, 0, 0 and −1/10 (武强县). Median 0, deviations 0, 0, 0, 0, 1/10 → MAD 0;
    // mean absolute deviation (1/10) / 5 = 1/50; z = (−1/10) / (1.253314 × 1/50) = −5 / 1.253314
    // = −3.989423 → |z| > 3.5. The same holds for 枣强县 on 03-03 (+1/8: z = +3.989423) and 03-06
    // (−1/8) and for 安平县 on 03-07 (−1/20): one county off a median of 0 among five always scores
    // ±5 / 1.253314. On 03-02 two counties move (−1/20, −2/39): mean absolute deviation
    // (1/20 + 2/39) / 5 = 79/3900, z(冀州区) = −(2/39) / (1.253314 × 79/3900) = −2.019946: no anomaly.
    List<Row> anomalies = where(alerts, "kind", "STATISTICAL_ANOMALY");
    assertThat(anomalies)
        .extracting(
            alert -> alert.getAs("report_date").toString() + " " + alert.getAs("county_code"))
        .containsExactlyInAnyOrder(
            "2020-03-03 131121", "2020-03-05 131123", "2020-03-06 131121", "2020-03-07 131125");
    Row wuqiang = only(anomalies, "county_code", WUQIANG);
    assertThat(wuqiang.<String>getAs("severity")).isEqualTo("MEDIUM");
    assertThat(wuqiang.<String>getAs("leader")).isEqualTo("李根洪");
    assertThat(doubleOf(wuqiang, "value")).isCloseTo(-3.989423241, within(1e-9));
    assertThat(doubleOf(only(anomalies, "report_date", "2020-03-03"), "value"))
        .isCloseTo(3.989423241, within(1e-9));
  }

  @Test
  void aSymmetricSeriesMakesNoProgress() {
    // 枣强县 03-07: 7/8 7/8 1 1 1 7/8 7/8 on x = 0 … 6: Sxy = (−3 − 2 + 2 + 3) × 7/8 + (−1 + 0 + 1) ×
    // 1 = 0
    Row row = forecast(ZAOQIANG, "2020-03-07");
    assertThat(row.<String>getAs("status")).isEqualTo("NO_PROGRESS");
    assertThat(doubleOf(row, "slope_per_day")).isEqualTo(0.0);
    assertThat(row.<Object>getAs("projected_date")).isNull();
    assertThat(row.<Integer>getAs("points")).isEqualTo(7);
    // 03-05 at 8/8 is reached whatever the line
    assertThat(forecast(ZAOQIANG, "2020-03-05").<String>getAs("status")).isEqualTo("REACHED");
  }

  @Test
  void aRateAtTargetWithAFallingSlopeIsReachedOnD() {
    // 安平县 03-07: 19/20 = 0.95 = the target. Sxy = Σ (x − 3)·y = 0 + 3 × (−1/20) = −3/20, Sxx = 28:
    // slope −3/560 per day = −15/28 points per day.
    Row row = forecast(ANPING, "2020-03-07");
    assertThat(row.<String>getAs("status")).isEqualTo("REACHED");
    assertThat(dateOf(row, "projected_date")).isEqualTo(LocalDate.of(2020, 3, 7));
    assertThat(doubleOf(row, "slope_per_day")).isCloseTo(-15.0 / 28, within(1e-12));
  }

  @Test
  void theDuckDbSqlAgreesOnEveryAlertAndForecast() throws IOException, SQLException {
    assertThat(AlertsAndForecastsOracle.differences(lake)).isEmpty();
    // 5 counties + 3 leaders + the city, 3 rates, 7 days; 3 drops and 4 anomalies
    assertThat(forecasts).hasSize((5 + 3 + 1) * 3 * DAYS);
    assertThat(alerts)
        .filteredOn(
            alert ->
                List.of("RESUMPTION_DROP", "STATISTICAL_ANOMALY")
                    .contains(alert.<String>getAs("kind")))
        .hasSize(7);
  }
}
