package fugong.forecast;

import static fugong.forecast.LinearTrendForecaster.DEFAULT_WINDOW_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTrendForecasterTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 2, 16);
  private static final LocalDate WINDOW_START = AS_OF.minusDays(6);

  /** Points at the given day offsets from the window start (2020-02-10). */
  private static List<TrendPoint> points(int[] offsets, double[] values) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < offsets.length; i++) {
      points.add(point(WINDOW_START.plusDays(offsets[i]), values[i]));
    }
    return points;
  }

  /** A rate typed as a decimal (0.55 is 55/100, not the double nearest to it). */
  private static TrendPoint point(LocalDate date, double value) {
    return TrendPoint.ofDecimal(date, BigDecimal.valueOf(value));
  }

  private static List<TrendPoint> straightLine() {
    return points(
        new int[] {0, 1, 2, 3, 4, 5, 6}, new double[] {0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80});
  }

  @Test
  void straightLineIsOnTrackWithTheExactProjectedDate() {
    // slope 0.05/day = 5.0 points/day, r² = 1; fitted on asOf = 0.80;
    // (0.95 − 0.80) / 0.05 = 3 → 2020-02-16 + 3 = 2020-02-19 (not 20 from floating noise).
    Forecast forecast =
        LinearTrendForecaster.forecast(AS_OF, straightLine(), DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(5.0, within(1e-9));
    assertThat(forecast.r2()).isCloseTo(1.0, within(1e-9));
    assertThat(forecast.projectedDate()).isEqualTo(LocalDate.of(2020, 2, 19));
    assertThat(forecast.points()).isEqualTo(7);
  }

  @Test
  void flatLineIsNoProgressWithoutR2() {
    // All 0.60: slope 0, total sum of squares 0 → r² undefined (null).
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(
                new int[] {0, 1, 2, 3, 4, 5, 6}, new double[] {0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.NO_PROGRESS);
    assertThat(forecast.slopePointsPerDay()).isEqualTo(0.0);
    assertThat(forecast.r2()).isNull();
    assertThat(forecast.projectedDate()).isNull();
  }

  @Test
  void fallingLineIsNoProgress() {
    // 0.80, 0.78, …, 0.68: slope −0.02/day = −2.0 points/day, r² = 1.
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(
                new int[] {0, 1, 2, 3, 4, 5, 6},
                new double[] {0.80, 0.78, 0.76, 0.74, 0.72, 0.70, 0.68}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.NO_PROGRESS);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(-2.0, within(1e-9));
    assertThat(forecast.r2()).isCloseTo(1.0, within(1e-9));
    assertThat(forecast.projectedDate()).isNull();
  }

  @Test
  void valueOnAsOfAtOrAboveTargetIsReached() {
    // Last value 0.96 ≥ 0.95 → REACHED on asOf, whatever the slope (here falling: 0.99 → 0.96,
    // slope −0.01/day = −1.0 points/day over offsets 3…6).
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(new int[] {3, 4, 5, 6}, new double[] {0.99, 0.98, 0.97, 0.96}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.REACHED);
    assertThat(forecast.projectedDate()).isEqualTo(AS_OF);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(-1.0, within(1e-9));
    assertThat(forecast.points()).isEqualTo(4);

    // Exactly the target counts as reached: 0.90, 0.95 with target 0.95.
    assertThat(
            LinearTrendForecaster.forecast(
                    AS_OF,
                    points(new int[] {5, 6}, new double[] {0.90, 0.95}),
                    DEFAULT_WINDOW_DAYS,
                    0.95)
                .status())
        .isEqualTo(ForecastStatus.REACHED);
  }

  @Test
  void fewerThanTwoPointsIsInsufficientData() {
    Forecast one =
        LinearTrendForecaster.forecast(
            AS_OF, points(new int[] {6}, new double[] {0.97}), DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(one).isEqualTo(new Forecast(ForecastStatus.INSUFFICIENT_DATA, null, null, null, 1));
    Forecast none = LinearTrendForecaster.forecast(AS_OF, List.of(), DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(none).isEqualTo(new Forecast(ForecastStatus.INSUFFICIENT_DATA, null, null, null, 0));
  }

  @Test
  void pointsOutsideTheWindowAreIgnored() {
    // 2020-02-09 (one day before the window) and 2020-02-17 (after asOf) are ignored:
    // the result equals the plain straight line (slope 5.0, +3 days).
    List<TrendPoint> series = new ArrayList<>(straightLine());
    series.add(point(WINDOW_START.minusDays(1), 0.0));
    series.add(point(AS_OF.plusDays(1), 1.0));
    Forecast forecast = LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(forecast.points()).isEqualTo(7);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(5.0, within(1e-9));
    assertThat(forecast.projectedDate()).isEqualTo(LocalDate.of(2020, 2, 19));

    // Only one point left inside the window → INSUFFICIENT_DATA.
    List<TrendPoint> mostlyOld =
        List.of(
            point(WINDOW_START.minusDays(2), 0.1),
            point(WINDOW_START.minusDays(1), 0.2),
            point(AS_OF, 0.3));
    assertThat(LinearTrendForecaster.forecast(AS_OF, mostlyOld, DEFAULT_WINDOW_DAYS, 0.95).status())
        .isEqualTo(ForecastStatus.INSUFFICIENT_DATA);
  }

  @Test
  void missingDaysKeepTheirRealOffsets() {
    // Values at offsets 0, 1, 5 (0.50, 0.55, 0.75): with real offsets the slope is 0.05/day
    // (5.0 points/day, r² = 1). Numbering the points 0, 1, 2 would give a different slope.
    // asOf (offset 6) has no value: fitted 0.50 + 0.05 × 6 = 0.80 → (0.95 − 0.80) / 0.05 = 3 days.
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(new int[] {0, 1, 5}, new double[] {0.50, 0.55, 0.75}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    assertThat(forecast.points()).isEqualTo(3);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(5.0, within(1e-9));
    assertThat(forecast.r2()).isCloseTo(1.0, within(1e-9));
    assertThat(forecast.projectedDate()).isEqualTo(LocalDate.of(2020, 2, 19));
  }

  @Test
  void fittedValueAboveTargetButActualBelowProjectsOneDay() {
    // Offsets 4, 5, 6 with 0.80, 1.00, 0.94: x̄ = 5, ȳ = 0.913333;
    // Sxy = (−1)(−0.113333) + 0 + (1)(0.026667) = 0.14, Sxx = 2 → slope 0.07 (7.0 points/day);
    // fitted on asOf = 0.913333 + 0.07 = 0.983333 ≥ 0.95 while the actual 0.94 < 0.95 → 1 day.
    // r² = slope² Sxx / SST = 0.0098 / (0.0632 / 3) = 0.465190.
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(new int[] {4, 5, 6}, new double[] {0.80, 1.00, 0.94}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(7.0, within(1e-9));
    assertThat(forecast.r2()).isCloseTo(0.465190, within(1e-6));
    assertThat(forecast.projectedDate()).isEqualTo(AS_OF.plusDays(1));
  }

  @Test
  void fractionalDaysRoundUp() {
    // 0.60, 0.62 on offsets 5, 6: slope 0.02; fitted on asOf 0.62;
    // (0.90 − 0.62) / 0.02 = 14 → +14; with target 0.91: 0.29 / 0.02 = 14.5 → ⌈14.5⌉ = 15.
    List<TrendPoint> series = points(new int[] {5, 6}, new double[] {0.60, 0.62});
    assertThat(
            LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.90)
                .projectedDate())
        .isEqualTo(AS_OF.plusDays(14));
    assertThat(
            LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.91)
                .projectedDate())
        .isEqualTo(AS_OF.plusDays(15));
  }

  @Test
  void honoursAShorterWindow() {
    // Window 3 days = 2020-02-14 … 16: only 0.70, 0.75, 0.80 count → slope 5.0, +3 days, 3 points.
    Forecast forecast = LinearTrendForecaster.forecast(AS_OF, straightLine(), 3, 0.95);
    assertThat(forecast.points()).isEqualTo(3);
    assertThat(forecast.slopePointsPerDay()).isCloseTo(5.0, within(1e-9));
    assertThat(forecast.projectedDate()).isEqualTo(LocalDate.of(2020, 2, 19));
  }

  @Test
  void aNearlyFlatRiseBeyondTheDateRangeHasNoProjectedDate() {
    // slope 1e-12/day: (0.95 − 0.5) / 1e-12 = 4.5e11 days, far beyond 9999-12-31.
    Forecast forecast =
        LinearTrendForecaster.forecast(
            AS_OF,
            points(new int[] {5, 6}, new double[] {0.5, 0.5 + 1e-12}),
            DEFAULT_WINDOW_DAYS,
            0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    assertThat(forecast.projectedDate()).isNull();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> LinearTrendForecaster.forecast(AS_OF, straightLine(), 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrendPoint(AS_OF, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TrendPoint.ofCounts(AS_OF, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    List<TrendPoint> twice = List.of(point(AS_OF, 0.5), point(AS_OF, 0.6));
    assertThatThrownBy(
            () -> LinearTrendForecaster.forecast(AS_OF, twice, DEFAULT_WINDOW_DAYS, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-02-16");
  }

  @Test
  void theOrderOfTheSeriesDoesNotChangeTheResultInTheLastBit() {
    List<TrendPoint> series =
        points(
            new int[] {0, 1, 2, 3, 4, 5, 6},
            new double[] {
              0.6416666666666667,
              0.7166666666666667,
              0.7416666666666667,
              0.7833333333333333,
              0.7916666666666666,
              0.825,
              0.8916666666666667
            });
    Forecast inDateOrder = LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.95);
    for (long seed = 1; seed <= 20; seed++) {
      List<TrendPoint> shuffled = new ArrayList<>(series);
      java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
      assertThat(LinearTrendForecaster.forecast(AS_OF, shuffled, DEFAULT_WINDOW_DAYS, 0.95))
          .isEqualTo(inDateOrder);
    }
  }

  @Test
  void aSymmetricSeriesHasSlopeExactlyZeroAndMakesNoProgress() {
    // 7/8, 7/8, 1, 1, 1, 7/8, 7/8 on x = 0 … 6: x̄ = 3, Sxy = Σ (x − 3)·y
    // = (−3 − 2 + 2 + 3) × 7/8 + (−1 + 0 + 1) × 1 = 0, so the slope is exactly 0: NO_PROGRESS, no
    // date (a double fit gives 5.9e-16 and would call it ON_TRACK with no date).
    // R² = Sxy² / (Sxx·Syy) = 0.
    List<TrendPoint> series = new ArrayList<>();
    long[] resumed = {7, 7, 8, 8, 8, 7, 7};
    for (int day = 0; day < 7; day++) {
      series.add(TrendPoint.ofCounts(WINDOW_START.plusDays(day), resumed[day], 8));
    }
    Forecast forecast = LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.NO_PROGRESS);
    assertThat(forecast.slopePointsPerDay()).isEqualTo(0.0);
    assertThat(forecast.r2()).isEqualTo(0.0);
    assertThat(forecast.projectedDate()).isNull();
    assertThat(forecast.points()).isEqualTo(7);
  }

  @Test
  void aRateAtTargetWithAFallingSlopeIsReachedOnItsDate() {
    // 20/20, 20/20, 19/20 on offsets 4, 5, 6: 19/20 = 0.95 is exactly the target → REACHED on D.
    // x̄ = 5, ȳ = 59/60; Sxy = (−1)(1/60) + 0 + (1)(−2/60) = −1/20, Sxx = 2: slope −1/40 = −2.5
    // points/day.
    List<TrendPoint> series =
        List.of(
            TrendPoint.ofCounts(WINDOW_START.plusDays(4), 20, 20),
            TrendPoint.ofCounts(WINDOW_START.plusDays(5), 20, 20),
            TrendPoint.ofCounts(WINDOW_START.plusDays(6), 19, 20));
    Forecast forecast = LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.95);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.REACHED);
    assertThat(forecast.projectedDate()).isEqualTo(AS_OF);
    assertThat(forecast.slopePointsPerDay()).isEqualTo(-2.5);
    // one enterprise fewer (18/20 = 0.90 on D) is below target with a falling line: no progress
    List<TrendPoint> below =
        List.of(
            TrendPoint.ofCounts(WINDOW_START.plusDays(4), 20, 20),
            TrendPoint.ofCounts(WINDOW_START.plusDays(5), 20, 20),
            TrendPoint.ofCounts(WINDOW_START.plusDays(6), 18, 20));
    assertThat(LinearTrendForecaster.forecast(AS_OF, below, DEFAULT_WINDOW_DAYS, 0.95).status())
        .isEqualTo(ForecastStatus.NO_PROGRESS);
  }

  @Test
  void theProjectedDateIsTheFirstDayTheLineReachesTheTargetDecidedExactly() {
    // 5/10, 6/10 on offsets 5, 6: slope 1/10 per day, fitted 0.60 on D. The line reaches the
    // target 0.90 = 9/10 exactly three days later: D + 3, not D + 4 (as the ceiling of
    // (0.90 − 0.60) / 0.10 = 3.0000000000000013 in doubles would give).
    List<TrendPoint> series =
        List.of(
            TrendPoint.ofCounts(WINDOW_START.plusDays(5), 5, 10),
            TrendPoint.ofCounts(WINDOW_START.plusDays(6), 6, 10));
    Forecast forecast = LinearTrendForecaster.forecast(AS_OF, series, DEFAULT_WINDOW_DAYS, 0.90);
    assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    assertThat(forecast.slopePointsPerDay()).isEqualTo(10.0);
    assertThat(forecast.projectedDate()).isEqualTo(AS_OF.plusDays(3));
    assertThat(Math.ceil((0.9 - 6 / 10.0) / (6 / 10.0 - 5 / 10.0))).isEqualTo(4.0);
  }
}
