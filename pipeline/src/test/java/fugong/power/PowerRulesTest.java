package fugong.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §6.3 on hand-picked edges: exactly 30 %, a zero or missing baseline, gaps in the meter.
 */
class PowerRulesTest {
  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  @Test
  void exactlyThirtyPercentOfTheBaselineIsResumed() {
    // 300 of 1000 kWh is exactly 0.30; 299.99 is not. 0.1 × 3 = 0.30000000000000004 in doubles:
    // 0.3 of a baseline of 1 must still count as resumed.
    assertThat(PowerRules.powerResumed(d("300"), d("1000"), 0.30)).isTrue();
    assertThat(PowerRules.powerResumed(d("299.99"), d("1000"), 0.30)).isFalse();
    assertThat(PowerRules.powerResumed(d("0.3"), d("1"), 0.30)).isTrue();
    assertThat(0.1 * 3 >= 0.30).isTrue();
    assertThat(PowerRules.powerResumed(d("0.1").multiply(d("3")), d("1"), 0.30)).isTrue();
    // a weekend reading is judged the same way: the rule has no calendar
    assertThat(PowerRules.powerResumed(d("0"), d("1000"), 0.30)).isFalse();
  }

  @Test
  void aZeroOrMissingBaselineIsNotUsable() {
    assertThat(PowerRules.usableBaseline(d("0"))).isFalse();
    assertThat(PowerRules.usableBaseline(null)).isFalse();
    assertThat(PowerRules.usableBaseline(d("-5"))).isFalse();
    assertThat(PowerRules.usableBaseline(d("0.001"))).isTrue();
    assertThatThrownBy(() -> PowerRules.powerResumed(d("100"), d("0"), 0.30))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void doubtfulResumptionNeedsReadingsBelowTheThresholdOnEachOfTheLastNDays() {
    Optional<Boolean> below = Optional.of(false);
    Optional<Boolean> above = Optional.of(true);
    Optional<Boolean> none = Optional.empty();
    assertThat(PowerRules.doubtfulResumption(true, List.of(below, below), 2)).isTrue();
    // raised again each day it holds: D, D−1 and D−2 all below still flags D
    assertThat(PowerRules.doubtfulResumption(true, List.of(below, below, below), 2)).isTrue();
    // no reading on D−1: no flag
    assertThat(PowerRules.doubtfulResumption(true, List.of(below, none), 2)).isFalse();
    assertThat(PowerRules.doubtfulResumption(true, List.of(below), 2)).isFalse();
    // at or above on either day: no flag
    assertThat(PowerRules.doubtfulResumption(true, List.of(above, below), 2)).isFalse();
    assertThat(PowerRules.doubtfulResumption(true, List.of(below, above), 2)).isFalse();
    // the report (fresh, dated D) must say resumed
    assertThat(PowerRules.doubtfulResumption(false, List.of(below, below), 2)).isFalse();
    // N = 1: D alone decides
    assertThat(PowerRules.doubtfulResumption(true, List.of(below, none), 1)).isTrue();
  }

  @Test
  void operatingWithoutReportingResumedIsUnreportedOperation() {
    assertThat(PowerRules.unreportedOperation(true, false)).isTrue();
    assertThat(PowerRules.unreportedOperation(true, true)).isFalse();
    assertThat(PowerRules.unreportedOperation(false, false)).isFalse();
  }

  @Test
  void divergenceMustExceedTheLimitStrictly() {
    // output 90 of 100 (0.9) against 500 of 1000 kWh (0.5): exactly 0.40 apart: no flag
    assertThat(PowerRules.outputPowerDivergence(d("90"), d("100"), d("500"), d("1000"), 0.40))
        .isFalse();
    // 0.9001 − 0.5 = 0.4001: flag; the other direction counts too (0.1 against 0.5001)
    assertThat(PowerRules.outputPowerDivergence(d("90.01"), d("100"), d("500"), d("1000"), 0.40))
        .isTrue();
    assertThat(PowerRules.outputPowerDivergence(d("10"), d("100"), d("500.1"), d("1000"), 0.40))
        .isTrue();
    // no normal output: no output ratio, no flag
    assertThat(PowerRules.outputPowerDivergence(d("10"), d("0"), d("900"), d("1000"), 0.40))
        .isFalse();
  }

  @Test
  void unitFiguresComeFromSummedNumeratorsAndDenominators() {
    // 4 enterprises with a baseline, 3 read, 2 power-resumed; 900 of 1200 kWh
    PowerUnitFigures figures = new PowerUnitFigures(4, 3, 2, d("900"), d("1200"));
    assertThat(figures.powerResumptionRate()).isEqualTo(2.0 / 3);
    assertThat(figures.consumptionRecoveryRate()).isEqualTo(0.75);
    assertThat(figures.powerIndex()).isEqualTo((2.0 / 3 + 0.75) / 2);
    assertThat(figures.coverage()).isEqualTo(0.75);
    PowerUnitFigures nothingRead = new PowerUnitFigures(4, 0, 0, d("0"), d("0"));
    assertThat(nothingRead.powerResumptionRate()).isNull();
    assertThat(nothingRead.powerIndex()).isNull();
    assertThat(nothingRead.coverage()).isEqualTo(0.0);
    assertThat(new PowerUnitFigures(0, 0, 0, d("0"), d("0")).coverage()).isNull();
  }

  @Test
  void resumedByProductIsResumedByRatio() {
    // kWh ≥ threshold × baseline, decided in decimals, against kWh / baseline ≥ threshold as exact
    // fractions, on readings around the threshold (half of them exactly on it)
    java.util.Random random = new java.util.Random(20200310);
    double[] thresholds = {0.3, 0.05, 0.95, 0.333, 1.0, 0.1};
    for (int reading = 0; reading < 100_000; reading++) {
      double threshold = thresholds[random.nextInt(thresholds.length)];
      BigDecimal baseline =
          BigDecimal.valueOf(1 + random.nextInt(5_000_000), random.nextInt(7)).stripTrailingZeros();
      BigDecimal onTheLine = BigDecimal.valueOf(threshold).multiply(baseline);
      BigDecimal kilowattHours =
          random.nextBoolean()
              ? onTheLine
              : onTheLine.add(BigDecimal.valueOf(random.nextInt(201) - 100, 6));
      boolean byFractions =
          fugong.metrics.ExactNumbers.ratio(kilowattHours, baseline)
                  .compareTo(fugong.metrics.ExactNumbers.setting(threshold))
              >= 0;
      assertThat(PowerRules.powerResumed(kilowattHours, baseline, threshold))
          .as("%s / %s against %s", kilowattHours, baseline, threshold)
          .isEqualTo(byFractions);
    }
  }
}
