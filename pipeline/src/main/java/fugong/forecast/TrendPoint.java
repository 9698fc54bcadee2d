package fugong.forecast;

import fugong.metrics.ExactNumbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * One non-NULL value of a rate on one report date, as fed to {@link LinearTrendForecaster}: the
 * exact fraction of its numerator and denominator (counts, or amounts as the decimals typed), so
 * that the trend's sign and the target are decided exactly.
 *
 * <p>Defaults: none. Dangers: the value is a fraction in [0,1] (not a percentage); NULL rates (a
 * denominator of 0) must be left out of the series rather than mapped to a number.
 *
 * @param date the report date, never null
 * @param value the rate as an exact fraction, never null
 */
public record TrendPoint(LocalDate date, BigFraction value) implements Serializable {
  public TrendPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value on " + date);
  }

  /** part / whole of two counts (resumed / enterprises); whole must not be 0. */
  public static TrendPoint ofCounts(LocalDate date, long part, long whole) {
    return new TrendPoint(date, ExactNumbers.ratio(part, whole));
  }

  /** part / whole of two exact decimals (output / normal output); whole must not be 0. */
  public static TrendPoint ofAmounts(LocalDate date, BigDecimal part, BigDecimal whole) {
    return new TrendPoint(date, ExactNumbers.ratio(part, whole));
  }

  /** A rate given as an exact decimal (0.875). */
  public static TrendPoint ofDecimal(LocalDate date, BigDecimal value) {
    return new TrendPoint(date, ExactNumbers.fraction(value));
  }
}
