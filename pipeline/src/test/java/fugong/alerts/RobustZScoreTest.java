package fugong.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RobustZScoreTest {
  private static final Offset<Double> CLOSE = within(1e-9);

  @Test
  void handComputedExampleFlagsOnlyTheOutlier() {
    // median 0.02; |x − 0.02| = 0.01, 0, 0, 0.01, 0.28 → sorted 0, 0, 0.01, 0.01, 0.28 → MAD 0.01.
    // z = 0.6745 (x − 0.02) / 0.01: −0.6745, 0, 0, 0.6745, 0.6745 × 28 = 18.886.
    double[] scores = RobustZScore.scores(new double[] {0.01, 0.02, 0.02, 0.03, 0.30});
    assertThat(scores[0]).isCloseTo(-0.6745, CLOSE);
    assertThat(scores[1]).isCloseTo(0.0, CLOSE);
    assertThat(scores[2]).isCloseTo(0.0, CLOSE);
    assertThat(scores[3]).isCloseTo(0.6745, CLOSE);
    assertThat(scores[4]).isCloseTo(18.886, CLOSE);
    assertThat(Arrays.stream(scores).mapToObj(RobustZScore::isAnomaly))
        .containsExactly(false, false, false, false, true);
  }

  @Test
  void evenLengthMedianIsTheMeanOfTheTwoMiddleValues() {
    // 1, 2, 3, 10: median (2 + 3) / 2 = 2.5 (a lower median would be 2).
    // |x − 2.5| = 1.5, 0.5, 0.5, 7.5 → sorted 0.5, 0.5, 1.5, 7.5 → MAD (0.5 + 1.5) / 2 = 1.0.
    // z = 0.6745 (x − 2.5): −1.01175, −0.33725, 0.33725, 5.05875.
    // (With the lower median 2, z of 10 would be 0.6745 × 8 / 1 = 5.396.)
    double[] scores = RobustZScore.scores(new double[] {1, 2, 3, 10});
    assertThat(scores[0]).isCloseTo(-1.01175, CLOSE);
    assertThat(scores[1]).isCloseTo(-0.33725, CLOSE);
    assertThat(scores[2]).isCloseTo(0.33725, CLOSE);
    assertThat(scores[3]).isCloseTo(5.05875, CLOSE);
    assertThat(RobustZScore.isAnomaly(scores[3])).isTrue();
  }

  @Test
  void zeroMadFallsBackToTheMeanAbsoluteDeviation() {
    // 0, 0, 0, 0, 1: median 0, |x − 0| = 0, 0, 0, 0, 1 → MAD 0; mean absolute deviation 1 / 5 = 0.2.
    // z(1) = 1 / (1.253314 × 0.2) = 1 / 0.2506628 = 3.989423 > 3.5 → anomaly.
    double[] scores = RobustZScore.scores(new double[] {0, 0, 0, 0, 1});
    assertThat(scores).containsExactly(new double[] {0, 0, 0, 0, 3.989423}, within(1e-6));
    assertThat(RobustZScore.isAnomaly(scores[4])).isTrue();

    // 0, 0, 0, 0.05, 0.10: median 0, MAD 0; mean absolute deviation 0.15 / 5 = 0.03.
    // z(0.05) = 0.05 / (1.253314 × 0.03) = 0.05 / 0.03759942 = 1.329808; z(0.10) = 2.659615.
    double[] mild = RobustZScore.scores(new double[] {0, 0, 0, 0.05, 0.10});
    assertThat(mild).containsExactly(new double[] {0, 0, 0, 1.329808, 2.659615}, within(1e-6));
    assertThat(Arrays.stream(mild).mapToObj(RobustZScore::isAnomaly)).containsOnly(false);
  }

  @Test
  void allEqualGivesZeros() {
    assertThat(RobustZScore.scores(new double[] {-0.02, -0.02, -0.02})).containsExactly(0, 0, 0);
    assertThat(RobustZScore.scores(new double[] {0.4})).containsExactly(0);
  }

  @Test
  void emptyInputGivesAnEmptyArray() {
    assertThat(RobustZScore.scores(new double[0])).isEmpty();
  }

  @Test
  void rejectsNanNamingTheIndex() {
    assertThatThrownBy(() -> RobustZScore.scores(new double[] {0.1, Double.NaN, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
  }

  @Test
  void thresholdIsStrict() {
    assertThat(RobustZScore.isAnomaly(3.5)).isFalse();
    assertThat(RobustZScore.isAnomaly(-3.5)).isFalse();
    assertThat(RobustZScore.isAnomaly(3.5000001)).isTrue();
    assertThat(RobustZScore.isAnomaly(-3.6)).isTrue();
  }
}
