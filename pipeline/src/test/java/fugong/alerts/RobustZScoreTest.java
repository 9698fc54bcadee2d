package fugong.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fugong.metrics.ExactNumbers;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RobustZScoreTest {
  private static final Offset<Double> CLOSE = within(1e-9);

  private static BigFraction[] decimals(String... values) {
    return Arrays.stream(values)
        .map(value -> ExactNumbers.fraction(new BigDecimal(value)))
        .toArray(BigFraction[]::new);
  }

  private static double[] z(RobustZScore.Score[] scores) {
    return Arrays.stream(scores).mapToDouble(RobustZScore.Score::z).toArray();
  }

  private static Boolean[] anomalies(RobustZScore.Score[] scores) {
    return Arrays.stream(scores).map(RobustZScore.Score::anomaly).toArray(Boolean[]::new);
  }

  @Test
  void handComputedExampleFlagsOnlyTheOutlier() {
    // median 0.02; |x − 0.02| = 0.01, 0, 0, 0.01, 0.28 → sorted 0, 0, 0.01, 0.01, 0.28 → MAD 0.01.
    // z = (x − 0.02) / (1.4826 × 0.01) = (x − 0.02) / 0.014826: −0.674491, 0, 0, 0.674491,
    // 0.28 / 0.014826 = 18.885741.
    RobustZScore.Score[] scores =
        RobustZScore.scores(decimals("0.01", "0.02", "0.02", "0.03", "0.30"));
    assertThat(z(scores))
        .containsExactly(new double[] {-0.674490759, 0, 0, 0.674490759, 18.885741265}, CLOSE);
    assertThat(anomalies(scores)).containsExactly(false, false, false, false, true);
  }

  @Test
  void evenLengthMedianIsTheMeanOfTheTwoMiddleValues() {
    // 1, 2, 3, 10: median (2 + 3) / 2 = 2.5 (a lower median would be 2).
    // |x − 2.5| = 1.5, 0.5, 0.5, 7.5 → sorted 0.5, 0.5, 1.5, 7.5 → MAD (0.5 + 1.5) / 2 = 1.
    // z = (x − 2.5) / 1.4826: −1.011736, −0.337245, 0.337245, 7.5 / 1.4826 = 5.058681.
    RobustZScore.Score[] scores = RobustZScore.scores(decimals("1", "2", "3", "10"));
    assertThat(z(scores))
        .containsExactly(
            new double[] {-1.011736139, -0.337245380, 0.337245380, 5.058680696}, CLOSE);
    assertThat(anomalies(scores)).containsExactly(false, false, false, true);
  }

  @Test
  void zeroMadFallsBackToTheMeanAbsoluteDeviationOfOneCountyOffTheMedian() {
    // Five counties' changes of resumption: four do not move (0/20 − 0/20 … ), one falls from 20/20
    // to 19/20: −1/20. Median 0; deviations 0, 0, 0, 0, 1/20 → MAD 0; mean absolute deviation
    // (1/20) / 5 = 1/100. z = (−1/20) / (1.253314 × 1/100) = −5 / 1.253314 = −3.989423 → |z| > 3.5.
    BigFraction[] five = {
      BigFraction.ZERO,
      BigFraction.ZERO,
      ExactNumbers.ratio(19, 20).subtract(ExactNumbers.ratio(20, 20)),
      BigFraction.ZERO,
      BigFraction.ZERO
    };
    RobustZScore.Score[] scores = RobustZScore.scores(five);
    assertThat(z(scores)).containsExactly(new double[] {0, 0, -3.989423241, 0, 0}, CLOSE);
    assertThat(anomalies(scores)).containsExactly(false, false, true, false, false);

    // With four counties the same fall gives z = −4 / 1.253314 = −3.191539: no anomaly.
    RobustZScore.Score[] four = RobustZScore.scores(Arrays.copyOfRange(five, 1, 5));
    assertThat(four[1].z()).isCloseTo(-3.191538593, CLOSE);
    assertThat(anomalies(four)).containsOnly(false);

    // 0, 0, 0, 0.05, 0.10: median 0, MAD 0; mean absolute deviation 0.15 / 5 = 0.03.
    // z(0.05) = 0.05 / (1.253314 × 0.03) = 1.329808; z(0.10) = 2.659615: no anomaly.
    RobustZScore.Score[] mild = RobustZScore.scores(decimals("0", "0", "0", "0.05", "0.10"));
    assertThat(z(mild))
        .containsExactly(new double[] {0, 0, 0, 1.329807747, 2.659615494}, within(1e-6));
    assertThat(anomalies(mild)).containsOnly(false);
  }

  @Test
  void theThresholdIsStrictAndDecidedExactly() {
    // −1, 0, 0, 1, x: median 0, deviations 1, 0, 0, 1, x → MAD 1. z(x) = x / 1.4826, so
    // x = 3.5 × 1.4826 = 5.1891 is exactly |z| = 3.5: not an anomaly; x = 5.18911 is.
    assertThat(anomalies(RobustZScore.scores(decimals("-1", "0", "0", "1", "5.1891"))))
        .containsExactly(false, false, false, false, false);
    assertThat(anomalies(RobustZScore.scores(decimals("-1", "0", "0", "1", "5.18911"))))
        .containsExactly(false, false, false, false, true);
    assertThat(anomalies(RobustZScore.scores(decimals("1", "0", "0", "-1", "-5.18911"))))
        .containsExactly(false, false, false, false, true);
  }

  @Test
  void changesEqualOnPaperAreEqual() {
    // 3/10 − 2/10 and 1/10 − 0/10 are both 1/10 (as doubles 0.09999999999999998 and 0.1): with
    // three more counties at 1/10 the MAD and the mean absolute deviation are 0, nothing is
    // flagged.
    BigFraction a = ExactNumbers.ratio(3, 10).subtract(ExactNumbers.ratio(2, 10));
    BigFraction b = ExactNumbers.ratio(1, 10).subtract(ExactNumbers.ratio(0, 10));
    RobustZScore.Score[] scores = RobustZScore.scores(new BigFraction[] {a, b, b, b, b});
    assertThat(z(scores)).containsOnly(0.0);
    assertThat(anomalies(scores)).containsOnly(false);
  }

  @Test
  void allEqualOrSingleGivesZeros() {
    assertThat(z(RobustZScore.scores(decimals("-0.02", "-0.02", "-0.02"))))
        .containsExactly(0, 0, 0);
    assertThat(z(RobustZScore.scores(decimals("0.4")))).containsExactly(0);
  }

  @Test
  void emptyInputGivesAnEmptyArray() {
    assertThat(RobustZScore.scores(new BigFraction[0])).isEmpty();
  }

  @Test
  void rejectsNullNamingTheIndex() {
    assertThatThrownBy(() -> RobustZScore.scores(new BigFraction[] {BigFraction.ONE, null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
  }
}
