package fugong.forecast;

import fugong.metrics.ExactNumbers;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Least-squares trend and projected target date of a rate (DOMAIN.md §6.2, docs/metrics.md {@code
 * forecasts}). A line is fitted through the values dated {@code asOf − (windowDays − 1)} … {@code
 * asOf}, with x = days since the window's first day, so missing days keep their real spacing.
 *
 * <p>The fit is computed on exact fractions (each value is the exact ratio of its counts or typed
 * amounts): with k points, Sxx = k·Σx² − (Σx)², Sxy = k·Σxy − Σx·Σy, Syy = k·Σy² − (Σy)², slope =
 * Sxy / Sxx, R² = Sxy² / (Sxx·Syy). The slope's sign, "reached" and the projected date are decided
 * on these fractions; only the reported slope and R² are rounded to doubles. A symmetric series
 * therefore has slope exactly 0.
 *
 * <p>Rules, in order: fewer than 2 values in the window → {@link ForecastStatus#INSUFFICIENT_DATA};
 * the value dated {@code asOf} exists and is ≥ target → {@link ForecastStatus#REACHED} (projected
 * date = {@code asOf}), whatever the slope; slope ≤ 0 → {@link ForecastStatus#NO_PROGRESS} (no
 * date); else {@link ForecastStatus#ON_TRACK} with the projected date = the first day after {@code
 * asOf} on which the fitted line is ≥ target.
 *
 * <p>Defaults: {@link #DEFAULT_WINDOW_DAYS} = 7 (D−6 … D). The target is the setting as the decimal
 * written (0.95 = 95/100).
 *
 * <p>Dangers: values are fractions (0.95, not 95). Two values with the same date are rejected. A
 * rising but nearly flat line can project centuries ahead; a projection beyond 9999-12-31 (the SQL
 * date range) is ON_TRACK with a null projected date.
 */
public final class LinearTrendForecaster {
  /** Window length in days, including the forecast date itself. */
  public static final int DEFAULT_WINDOW_DAYS = 7;

  private static final LocalDate LAST_PROJECTABLE_DATE = LocalDate.of(9999, 12, 31);

  private LinearTrendForecaster() {}

  /**
   * The trend through the points dated asOf − (windowDays − 1) … asOf (others ignored), x = days
   * since the window's first day; see the class comment for the status rules.
   *
   * @param asOf the forecast date D
   * @param series the non-NULL values of the rate, any order, at most one per date
   * @param windowDays the window length including D, at least 1 ({@link #DEFAULT_WINDOW_DAYS})
   * @param target the target setting as a fraction (e.g. 0.95), taken as the decimal written
   */
  public static Forecast forecast(
      LocalDate asOf, List<TrendPoint> series, int windowDays, double target) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(series, "series");
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
    }
    BigFraction exactTarget = ExactNumbers.setting(target);
    LocalDate windowStart = asOf.minusDays(windowDays - 1L);
    TreeMap<LocalDate, BigFraction> inWindow = new TreeMap<>();
    for (TrendPoint point : series) {
      Objects.requireNonNull(point, "point");
      if (point.date().isBefore(windowStart) || point.date().isAfter(asOf)) {
        continue;
      }
      if (inWindow.put(point.date(), point.value()) != null) {
        throw new IllegalArgumentException("two values dated " + point.date());
      }
    }
    int points = inWindow.size();
    if (points < 2) {
      return new Forecast(ForecastStatus.INSUFFICIENT_DATA, null, null, null, points);
    }
    long sumX = 0;
    long sumXx = 0;
    BigFraction sumY = BigFraction.ZERO;
    BigFraction sumXy = BigFraction.ZERO;
    BigFraction sumYy = BigFraction.ZERO;
    for (Map.Entry<LocalDate, BigFraction> point : inWindow.entrySet()) {
      long x = ChronoUnit.DAYS.between(windowStart, point.getKey());
      BigFraction y = point.getValue();
      sumX += x;
      sumXx += x * x;
      sumY = sumY.add(y);
      sumXy = sumXy.add(y.multiply(x));
      sumYy = sumYy.add(y.multiply(y));
    }
    // every sum multiplied by k: the signs and ratios are those of the textbook formulas
    long sxx = points * sumXx - sumX * sumX;
    BigFraction sxy = sumXy.multiply(points).subtract(sumY.multiply(sumX));
    BigFraction syy = sumYy.multiply(points).subtract(sumY.multiply(sumY));
    BigFraction slope = sxy.divide(sxx);
    Double slopePointsPerDay = slope.multiply(100).doubleValue();
    Double r2 =
        syy.compareTo(BigFraction.ZERO) == 0
            ? null
            : sxy.multiply(sxy).divide(syy.multiply(sxx)).doubleValue();
    BigFraction valueOnAsOf = inWindow.get(asOf);
    if (valueOnAsOf != null && valueOnAsOf.compareTo(exactTarget) >= 0) {
      return new Forecast(ForecastStatus.REACHED, slopePointsPerDay, r2, asOf, points);
    }
    if (sxy.compareTo(BigFraction.ZERO) <= 0) {
      return new Forecast(ForecastStatus.NO_PROGRESS, slopePointsPerDay, r2, null, points);
    }
    // fitted(x) = Σy/k + slope·(x − Σx/k) ≥ target  ⇔  x ≥ Σx/k + (target − Σy/k) / slope
    BigFraction firstX =
        new BigFraction(BigInteger.valueOf(sumX), BigInteger.valueOf(points))
            .add(exactTarget.subtract(sumY.divide(points)).divide(slope));
    long asOfX = windowDays - 1L;
    BigInteger days = ceiling(firstX).subtract(BigInteger.valueOf(asOfX)).max(BigInteger.ONE);
    long lastDays = ChronoUnit.DAYS.between(asOf, LAST_PROJECTABLE_DATE);
    LocalDate projected =
        days.compareTo(BigInteger.valueOf(lastDays)) > 0
            ? null
            : asOf.plusDays(days.longValueExact());
    return new Forecast(ForecastStatus.ON_TRACK, slopePointsPerDay, r2, projected, points);
  }

  /** The smallest integer ≥ value. */
  static BigInteger ceiling(BigFraction value) {
    BigInteger[] quotientAndRemainder =
        value.getNumerator().divideAndRemainder(value.getDenominator());
    // BigFraction keeps the denominator positive; the quotient rounds toward 0
    return quotientAndRemainder[1].signum() > 0
        ? quotientAndRemainder[0].add(BigInteger.ONE)
        : quotientAndRemainder[0];
  }
}
