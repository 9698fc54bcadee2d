package fugong.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares trend and projected target date of a rate (DOMAIN.md §6.2, docs/metrics.md {@code
 * forecasts}). A line is fitted (Commons Math {@link SimpleRegression}) through the values dated
 * {@code asOf − (windowDays − 1)} … {@code asOf}, with x = days since the window's first day, so
 * missing days keep their real spacing.
 *
 * <p>Rules, in order: fewer than 2 values in the window → {@link
 * ForecastStatus#INSUFFICIENT_DATA}; the value dated {@code asOf} exists and is ≥ target → {@link
 * ForecastStatus#REACHED} (projected date = {@code asOf}); slope ≤ 0 → {@link
 * ForecastStatus#NO_PROGRESS}; else {@link ForecastStatus#ON_TRACK} with projected date {@code asOf
 * + ⌈(target − fitted value at asOf) / slope⌉} days, at least 1 day.
 *
 * <p>Defaults: {@link #DEFAULT_WINDOW_DAYS} = 7 (D−6 … D). The quotient is rounded to 9 decimals
 * before the ceiling so floating-point noise does not add a day ((0.95 − 0.80) / 0.05 gives 3, not
 * 4). When the fitted value at {@code asOf} already reaches the target but the actual value does
 * not (or is missing), the projection is 1 day.
 *
 * <p>Dangers: values are fractions (0.95, not 95). Leave NULL rates out of the series. Two values
 * with the same date are rejected. A rising but nearly flat line can project centuries ahead; a
 * projection beyond 9999-12-31 (the SQL date range) is ON_TRACK with a null projected date.
 */
public final class LinearTrendForecaster {
  /** Window length in days, including the forecast date itself. */
  public static final int DEFAULT_WINDOW_DAYS = 7;

  private static final LocalDate LAST_PROJECTABLE_DATE = LocalDate.of(9999, 12, 31);
  private static final int QUOTIENT_DECIMALS = 9;

  private LinearTrendForecaster() {}

  /**
   * Least squares (Commons Math SimpleRegression) through the points dated asOf − (windowDays − 1)
   * … asOf (others ignored), x = days since the window's first day; see the class comment for the
   * status rules.
   *
   * @param asOf the forecast date D
   * @param series the non-NULL values of the rate, any order, at most one per date
   * @param windowDays the window length including D, at least 1 ({@link #DEFAULT_WINDOW_DAYS})
   * @param target the target as a fraction (e.g. 0.95)
   */
  public static Forecast forecast(
      LocalDate asOf, List<TrendPoint> series, int windowDays, double target) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(series, "series");
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
    }
    if (!Double.isFinite(target)) {
      throw new IllegalArgumentException("target is not a finite number: " + target);
    }
    LocalDate windowStart = asOf.minusDays(windowDays - 1L);
    // Added in date order, whatever the series' order: the regression's running sums round
    // differently in another order, and Spark's collect_list gives no order (a cluster run's
    // slopes would otherwise differ from a local run's in the last bits).
    TreeMap<LocalDate, Double> inWindow = new TreeMap<>();
    for (TrendPoint point : series) {
      Objects.requireNonNull(point, "point");
      if (point.date().isBefore(windowStart) || point.date().isAfter(asOf)) {
        continue;
      }
      if (inWindow.put(point.date(), point.value()) != null) {
        throw new IllegalArgumentException("two values dated " + point.date());
      }
    }
    SimpleRegression regression = new SimpleRegression();
    for (Map.Entry<LocalDate, Double> point : inWindow.entrySet()) {
      regression.addData(ChronoUnit.DAYS.between(windowStart, point.getKey()), point.getValue());
    }
    Double valueOnAsOf = inWindow.get(asOf);
    int points = inWindow.size();
    if (points < 2) {
      return new Forecast(ForecastStatus.INSUFFICIENT_DATA, null, null, null, points);
    }
    double slope = regression.getSlope();
    double rSquare = regression.getRSquare();
    Double slopePointsPerDay = slope * 100.0;
    Double r2 = Double.isNaN(rSquare) ? null : rSquare;
    if (valueOnAsOf != null && valueOnAsOf >= target) {
      return new Forecast(ForecastStatus.REACHED, slopePointsPerDay, r2, asOf, points);
    }
    if (slope <= 0) {
      return new Forecast(ForecastStatus.NO_PROGRESS, slopePointsPerDay, r2, null, points);
    }
    double fittedOnAsOf = regression.getIntercept() + slope * (windowDays - 1);
    LocalDate projected = projectedDate(asOf, target, fittedOnAsOf, slope);
    return new Forecast(ForecastStatus.ON_TRACK, slopePointsPerDay, r2, projected, points);
  }

  private static LocalDate projectedDate(
      LocalDate asOf, double target, double fittedOnAsOf, double slope) {
    double quotient = (target - fittedOnAsOf) / slope;
    long lastDays = ChronoUnit.DAYS.between(asOf, LAST_PROJECTABLE_DATE);
    if (!Double.isFinite(quotient) || quotient > lastDays) {
      return null;
    }
    double rounded =
        BigDecimal.valueOf(quotient).setScale(QUOTIENT_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    long days = Math.max(1L, (long) Math.ceil(rounded));
    return days > lastDays ? null : asOf.plusDays(days);
  }
}
