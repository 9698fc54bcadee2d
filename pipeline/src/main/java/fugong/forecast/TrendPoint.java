package fugong.forecast;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One non-NULL value of a rate on one report date, as fed to {@link LinearTrendForecaster}.
 *
 * <p>Defaults: none. Dangers: the value is a fraction in [0,1] (not a percentage); NaN and
 * infinite values are rejected, so NULL rates must be left out of the series rather than mapped to
 * a number.
 *
 * @param date the report date, never null
 * @param value the rate as a fraction, finite
 */
public record TrendPoint(LocalDate date, double value) implements Serializable {
  public TrendPoint {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value on " + date + " is not a finite number: " + value);
    }
  }
}
