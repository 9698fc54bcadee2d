package fugong.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The exact quantities behind the thresholds of alerts and forecasts (DOMAIN.md §6.1, §6.2;
 * docs/metrics.md "How thresholds are decided"): counts as integers, amounts as the decimals typed,
 * settings as the decimals written, and their ratios as exact fractions (Commons Math {@link
 * BigFraction}), so that a comparison never depends on how a binary double rounds.
 *
 * <p>Dangers: a setting is read through its shortest decimal text ({@code 0.05} is 5/100, not the
 * binary double nearest to it). Amounts are stored as the decimals typed (decimal(24,6), sums
 * decimal(38,6)), so they are read back as they are.
 */
public final class ExactNumbers {
  private ExactNumbers() {}

  /** A setting such as 0.05 or 0.95 as the exact decimal it is written as. */
  public static BigFraction setting(double value) {
    return fraction(settingDecimal(value));
  }

  /** A setting such as 0.05 or 0.95 as the decimal it is written as (its shortest text). */
  public static BigDecimal settingDecimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("setting is not a finite number: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /** An exact decimal as a fraction. */
  public static BigFraction fraction(BigDecimal value) {
    if (value.scale() <= 0) {
      return new BigFraction(value.toBigIntegerExact());
    }
    return new BigFraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** part / whole for counts; {@code whole} must not be 0. */
  public static BigFraction ratio(long part, long whole) {
    if (whole == 0) {
      throw new IllegalArgumentException("ratio " + part + " / 0");
    }
    return new BigFraction(BigInteger.valueOf(part), BigInteger.valueOf(whole));
  }

  /** part / whole for exact decimals; {@code whole} must not be 0. */
  public static BigFraction ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("ratio " + part + " / 0");
    }
    return fraction(part).divide(fraction(whole));
  }
}
