package fugong.jobs;

import static fugong.jobs.MetricsFixture.dateOf;
import static fugong.jobs.MetricsFixture.doubleOf;
import static fugong.jobs.MetricsFixture.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fugong.domain.CountyDirectory;
import fugong.lake.LakeTable;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The {@code forecasts} table as the Spark job writes it (DOMAIN.md §6.2), on {@link NineDayWorld}:
 * 桃城区's capacity rises on a straight line k/10, 冀州区's falls, 枣强县's resumption is flat.
 */
class ForecastTest {
  private static final double EXACT = 1e-9;

  private static Row forecast(String unitType, String unit, String metric, String date) {
    return only(
        NineDayWorld.rows(LakeTable.FORECASTS),
        "unit_type",
        unitType,
        "unit",
        unit,
        "metric",
        metric,
        "report_date",
        date);
  }

  @Test
  void aStraightLineProjectsTheExactDate() {
    // 03-05: points 03-01 … 03-05 = 0.1 … 0.5, slope 0.1 per day = 10 points; fitted 0.5 on 03-05;
    // (0.90 − 0.5) / 0.1 = 4 days → 03-09
    Row row = forecast("county", NineDayWorld.TAOCHENG, "capacity_recovery_rate", "2020-03-05");
    assertThat(row.<String>getAs("unit_name")).isEqualTo("桃城区");
    assertThat(row.<String>getAs("status")).isEqualTo("ON_TRACK");
    assertThat(dateOf(row, "projected_date")).isEqualTo(LocalDate.of(2020, 3, 9));
    assertThat(doubleOf(row, "slope_per_day")).isCloseTo(10.0, within(EXACT));
    assertThat(doubleOf(row, "r2")).isCloseTo(1.0, within(EXACT));
    assertThat(doubleOf(row, "value")).isCloseTo(0.5, within(EXACT));
    assertThat(doubleOf(row, "target")).isEqualTo(0.90);
    assertThat(row.<Integer>getAs("points")).isEqualTo(5);

    // 03-07: seven points up to 0.7; (0.90 − 0.7) / 0.1 = 2 days → 03-09
    Row later = forecast("county", NineDayWorld.TAOCHENG, "capacity_recovery_rate", "2020-03-07");
    assertThat(later.<String>getAs("status")).isEqualTo("ON_TRACK");
    assertThat(dateOf(later, "projected_date")).isEqualTo(LocalDate.of(2020, 3, 9));
    assertThat(later.<Integer>getAs("points")).isEqualTo(7);

    // 03-09: 9 × 10 / 100 = 0.9 reaches the target: projected date = D
    Row reached = forecast("county", NineDayWorld.TAOCHENG, "capacity_recovery_rate", "2020-03-09");
    assertThat(reached.<String>getAs("status")).isEqualTo("REACHED");
    assertThat(dateOf(reached, "projected_date")).isEqualTo(LocalDate.of(2020, 3, 9));

    // 03-01: one point only
    Row first = forecast("county", NineDayWorld.TAOCHENG, "capacity_recovery_rate", "2020-03-01");
    assertThat(first.<String>getAs("status")).isEqualTo("INSUFFICIENT_DATA");
    assertThat(first.<Object>getAs("projected_date")).isNull();
  }

  @Test
  void aFallingOrFlatLineMakesNoProgress() {
    // 冀州区 capacity 0.9, 0.8, … 0.5 on 03-01 … 03-05: slope −10 points per day
    Row falling = forecast("county", NineDayWorld.JIZHOU, "capacity_recovery_rate", "2020-03-05");
    assertThat(falling.<String>getAs("status")).isEqualTo("NO_PROGRESS");
    assertThat(falling.<Object>getAs("projected_date")).isNull();
    assertThat(doubleOf(falling, "slope_per_day")).isCloseTo(-10.0, within(EXACT));

    // 枣强县 resumption 1/2 every day: slope 0, R² undefined (NULL)
    Row flat = forecast("county", NineDayWorld.ZAOQIANG, "resumption_rate", "2020-03-09");
    assertThat(flat.<String>getAs("status")).isEqualTo("NO_PROGRESS");
    assertThat(doubleOf(flat, "slope_per_day")).isCloseTo(0.0, within(EXACT));
    assertThat(flat.<Object>getAs("r2")).isNull();
    assertThat(flat.<Object>getAs("projected_date")).isNull();

    // 赵振川's capacity: (10k + (100 − 10k) + 100) / 400 = 1/2 every day
    Row leader = forecast("leader", "赵振川", "capacity_recovery_rate", "2020-03-09");
    assertThat(leader.<String>getAs("status")).isEqualTo("NO_PROGRESS");
    assertThat(doubleOf(leader, "value")).isCloseTo(1.0 / 2, within(EXACT));

    // the city: 6/7 resumed on 03-03 … 03-05, 5/7 on 03-06 … 03-09. x = 0 … 6, mean 3;
    // Sxy = (−3 − 2 − 1) × 6/7 + (0 + 1 + 2 + 3) × 5/7 = −6/7, Sxx = 28: slope −3/98 per day
    Row city = forecast("city", CountyDirectory.CITY_NAME, "resumption_rate", "2020-03-09");
    assertThat(city.<String>getAs("status")).isEqualTo("NO_PROGRESS");
    assertThat(doubleOf(city, "slope_per_day")).isCloseTo(-300.0 / 98, within(EXACT));
    assertThat(doubleOf(city, "value")).isCloseTo(5.0 / 7, within(EXACT));
  }

  @Test
  void aRateAtTargetIsReachedOnItsDate() {
    Row reached = forecast("county", NineDayWorld.ANPING, "resumption_rate", "2020-03-04");
    assertThat(reached.<String>getAs("status")).isEqualTo("REACHED");
    assertThat(dateOf(reached, "projected_date")).isEqualTo(LocalDate.of(2020, 3, 4));
    assertThat(doubleOf(reached, "target")).isEqualTo(0.95);
    // 3 units of each kind … 5 counties + 3 leaders + the city, 3 metrics, 9 dates
    assertThat(NineDayWorld.rows(LakeTable.FORECASTS)).hasSize((5 + 3 + 1) * 3 * 9);
  }

  @Test
  void sevenDayChangesCompareWithTheRateSevenCalendarDaysEarlier() {
    java.util.List<Row> county = NineDayWorld.rows(LakeTable.COUNTY_DAILY);
    // 武强县: 1/2 on 03-08, 2/2 on 03-01
    Row wuqiang = only(county, "county_code", NineDayWorld.WUQIANG, "report_date", "2020-03-08");
    assertThat(doubleOf(wuqiang, "resumption_rate_change_7d"))
        .isCloseTo(1.0 / 2 - 1.0, within(EXACT));
    assertThat(doubleOf(wuqiang, "resumption_rate_change_1d")).isCloseTo(0.0, within(EXACT));
    // 桃城区 capacity 0.8 on 03-08, 0.1 on 03-01; 03-07 has no 02-28 to compare with
    Row taocheng = only(county, "county_code", NineDayWorld.TAOCHENG, "report_date", "2020-03-08");
    assertThat(doubleOf(taocheng, "capacity_recovery_rate_change_7d"))
        .isCloseTo(0.8 - 0.1, within(EXACT));
    assertThat(doubleOf(taocheng, "capacity_recovery_rate_change_1d"))
        .isCloseTo(0.8 - 0.7, within(EXACT));
    Row before = only(county, "county_code", NineDayWorld.TAOCHENG, "report_date", "2020-03-07");
    assertThat(before.<Object>getAs("capacity_recovery_rate_change_7d")).isNull();
  }
}
