package fugong.alerts;

import fugong.metrics.ExactNumbers;
import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The county thresholds of the alerts (DOMAIN.md §6.1, docs/metrics.md {@code alerts}), decided on
 * the counts behind the rates and the settings as the decimals written, never on differences of
 * doubles: 15 → 14 resumed of 20 is a drop of exactly 5 points, which is not "more than 5".
 *
 * <p>Every product is taken as a {@link BigInteger}, so no count is too large. A rate whose
 * denominator is 0 is NULL in the tables and raises nothing here.
 */
public final class AlertThresholds {
  private AlertThresholds() {}

  /**
   * RESUMPTION_DROP: R₀/N₀ − R₁/N₁ &gt; drop, i.e. td·(R₀·N₁ − R₁·N₀) &gt; tn·N₀·N₁ with the
   * setting drop = tn/td; false when either day has no enterprise.
   *
   * @param resumedBefore R₀, resumed on D−1
   * @param enterprisesBefore N₀, enterprises on D−1
   * @param resumed R₁, resumed on D
   * @param enterprises N₁, enterprises on D
   * @param drop the setting as a fraction (0.05 = 5 points)
   */
  public static boolean resumptionDropped(
      long resumedBefore, long enterprisesBefore, long resumed, long enterprises, double drop) {
    if (enterprisesBefore == 0 || enterprises == 0) {
      return false;
    }
    BigFraction limit = ExactNumbers.setting(drop);
    BigInteger fall =
        BigInteger.valueOf(resumedBefore)
            .multiply(BigInteger.valueOf(enterprises))
            .subtract(BigInteger.valueOf(resumed).multiply(BigInteger.valueOf(enterprisesBefore)));
    BigInteger both =
        BigInteger.valueOf(enterprisesBefore).multiply(BigInteger.valueOf(enterprises));
    return fall.multiply(limit.getDenominator()).compareTo(limit.getNumerator().multiply(both)) > 0;
  }

  /** part / whole &gt; limit exactly (QUARANTINE_SHARE); false when whole is 0. */
  public static boolean shareAbove(long part, long whole, double limit) {
    return whole != 0 && ExactNumbers.ratio(part, whole).compareTo(ExactNumbers.setting(limit)) > 0;
  }

  /** part / whole &lt; limit exactly (LOW_COMPLIANCE); false when whole is 0 (the rate is NULL). */
  public static boolean shareBelow(long part, long whole, double limit) {
    return whole != 0 && ExactNumbers.ratio(part, whole).compareTo(ExactNumbers.setting(limit)) < 0;
  }
}
