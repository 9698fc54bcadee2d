package fugong.power;

import fugong.domain.NumberRules;
import fugong.metrics.ExactNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The electricity cross-check of one enterprise (DOMAIN.md §6.3), decided exactly on the decimals
 * typed and the settings as written: a reading of exactly 30 % of the baseline is resumed.
 *
 * <p>A baseline is usable only when it is above 0; an enterprise without a usable baseline enters
 * no rate and raises no flag (it is counted and listed instead). A reading counts only for its own
 * date.
 */
public final class PowerRules {
  private PowerRules() {}

  /** A baseline that can be divided by: present and above 0. */
  public static boolean usableBaseline(BigDecimal baseline) {
    return baseline != null && baseline.signum() > 0;
  }

  /** power_resumed: kWh ≥ threshold × baseline; the baseline must be usable. */
  public static boolean powerResumed(
      BigDecimal kilowattHours, BigDecimal baseline, double threshold) {
    // kWh / baseline ≥ threshold ⇔ kWh ≥ threshold × baseline (baseline > 0), in exact decimals:
    // no fraction to reduce per reading
    return kilowattHours.compareTo(
            ExactNumbers.settingDecimal(threshold).multiply(requireUsable(baseline)))
        >= 0;
  }

  /** kWh / baseline as an exact fraction; the baseline must be usable. */
  public static BigFraction consumptionRatio(BigDecimal kilowattHours, BigDecimal baseline) {
    return ExactNumbers.ratio(kilowattHours, requireUsable(baseline));
  }

  private static BigDecimal requireUsable(BigDecimal baseline) {
    if (!usableBaseline(baseline)) {
      throw new IllegalArgumentException("no usable baseline: " + baseline);
    }
    return baseline;
  }

  /**
   * 复工存疑: a fresh report dated D says resumed, and the meter was below the threshold on D and on
   * each of the {@code days − 1} days before. A day without an accepted reading breaks the run: no
   * flag.
   *
   * @param freshReportSaysResumed the enterprise's own report dated D says 是 (carried reports do
   *     not count)
   * @param poweredByDay index 0 is D, 1 is D−1, …: empty when there is no accepted reading that
   *     day, else whether that reading is at or above the threshold
   * @param days N, the setting (default 2)
   */
  public static boolean doubtfulResumption(
      boolean freshReportSaysResumed, List<Optional<Boolean>> poweredByDay, int days) {
    if (!freshReportSaysResumed || days < 1 || poweredByDay.size() < days) {
      return false;
    }
    for (int day = 0; day < days; day++) {
      Optional<Boolean> powered = poweredByDay.get(day);
      if (powered.isEmpty() || powered.get()) {
        return false;
      }
    }
    return true;
  }

  /**
   * 用电未报: at or above the threshold on D while the enterprise's status on D (fresh or carried) is
   * not resumed, or it has no report within the carry window.
   *
   * @param poweredOnD the reading of D is at or above the threshold
   * @param resumedOnD the enterprise's §6 status on D is resumed (false when unknown)
   */
  public static boolean unreportedOperation(boolean poweredOnD, boolean resumedOnD) {
    return poweredOnD && !resumedOnD;
  }

  /**
   * 产值电量背离: |output / normal output − kWh / baseline| &gt; limit, strictly, for a fresh report
   * dated D that says resumed. False when the normal output is not above 0 (no output ratio).
   */
  public static boolean outputPowerDivergence(
      BigDecimal outputValue,
      BigDecimal normalDailyOutput,
      BigDecimal kilowattHours,
      BigDecimal baseline,
      double limit) {
    if (normalDailyOutput == null || normalDailyOutput.signum() <= 0 || outputValue == null) {
      return false;
    }
    BigFraction gap =
        ExactNumbers.ratio(outputValue, normalDailyOutput)
            .subtract(consumptionRatio(kilowattHours, baseline))
            .abs();
    return gap.compareTo(ExactNumbers.setting(limit)) > 0;
  }

  /**
   * Why a kWh amount as written cannot be kept exactly in the lake's decimal(24,6), or empty when
   * it can ({@link NumberRules#beyondStoredPrecision}): a meter row is quarantined with this
   * explanation, a baseline refuses the reference file.
   */
  public static Optional<String> kilowattHoursBeyondPrecision(BigDecimal kilowattHours) {
    return NumberRules.beyondStoredPrecision(kilowattHours, "kWh");
  }
}
