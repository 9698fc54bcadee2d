package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateAxisRangeTest {

  @Test
  void theCountySpreadOfTheSampleGetsEightyTwoToNinetyFourInStepsOfTwo() {
    // 84.2–92.1 padded by half a point: 83.7–92.6; steps of 1 need 93 − 83 = 10 intervals (too
    // many), steps of 2 need 47 − 41 = 6
    assertThat(RateAxisRange.fit(List.of(0.842, 0.88, 0.921)))
        .isEqualTo(new RateAxisRange(82, 94, 2));
  }

  @Test
  void aWideSpreadIsPaddedByFivePercentOfIt() {
    // 30–100: padding 3.5 → 26.5–103.5, moved under 100 → 23–100; steps of 10 need 8 intervals
    assertThat(RateAxisRange.fit(List.of(0.30, 1.0))).isEqualTo(new RateAxisRange(20, 100, 10));
    // 40–60: padding 1 → 39–61; steps of 5 need 13 − 7 = 6 intervals
    assertThat(RateAxisRange.fit(List.of(0.40, 0.60))).isEqualTo(new RateAxisRange(35, 65, 5));
  }

  @Test
  void aFlatLineGetsAtLeastFivePoints() {
    // 88 padded to 87.5–88.5, widened to 85.5–90.5, in whole points 85–91
    assertThat(RateAxisRange.fit(List.of(0.88, 0.88))).isEqualTo(new RateAxisRange(85, 91, 1));
    // 100 %: 97.5–102.5 moved under 100 → 95–100
    assertThat(RateAxisRange.fit(List.of(1.0))).isEqualTo(new RateAxisRange(95, 100, 1));
    // 0 %: −2.5–2.5 moved above 0 → 0–5
    assertThat(RateAxisRange.fit(List.of(0.0))).isEqualTo(new RateAxisRange(0, 5, 1));
  }

  @Test
  void nullsAndNanAreIgnoredAndNoDataGivesTheWholeRange() {
    assertThat(RateAxisRange.fit(Arrays.asList(null, 0.842, Double.NaN, 0.921)))
        .isEqualTo(new RateAxisRange(82, 94, 2));
    assertThat(RateAxisRange.fit(Arrays.asList(null, Double.NaN)))
        .isEqualTo(new RateAxisRange(0, 100, 20));
    assertThat(RateAxisRange.fit(List.of())).isEqualTo(new RateAxisRange(0, 100, 20));
  }

  @Test
  void anEndExactlyOnAStepIsNotPushedOut() {
    // 80.5–89.5 padded by half a point: exactly 80–90, steps of 2 → 80–90 (not 78–92)
    RateAxisRange range = RateAxisRange.fit(List.of(0.805, 0.895));
    assertThat(range).isEqualTo(new RateAxisRange(80, 90, 2));
    assertThat(range.lower()).isEqualTo(0.80);
    assertThat(range.upper()).isEqualTo(0.90);
    assertThat(range.step()).isEqualTo(0.02);
  }
}
