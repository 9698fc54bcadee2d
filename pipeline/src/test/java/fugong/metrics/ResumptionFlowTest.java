package fugong.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The naming of flows and their contributions (docs/metrics.md, "Why a rate moved"). */
class ResumptionFlowTest {
  @Test
  void eachCombinationOfStatusesHasItsFlow() {
    assertThat(ResumptionFlow.of(false, true, null, false, "FRESH", true))
        .isEqualTo(ResumptionFlow.ENTERED_REGISTER);
    assertThat(ResumptionFlow.of(true, false, "FRESH", true, null, false))
        .isEqualTo(ResumptionFlow.LEFT_REGISTER);
    assertThat(ResumptionFlow.of(true, true, "UNKNOWN", false, "UNKNOWN", false))
        .isEqualTo(ResumptionFlow.NOT_REPORTED);
    assertThat(ResumptionFlow.of(true, true, "CARRIED", true, "UNKNOWN", false))
        .isEqualTo(ResumptionFlow.EXPIRED);
    assertThat(ResumptionFlow.of(true, true, "UNKNOWN", false, "FRESH", true))
        .isEqualTo(ResumptionFlow.REPORTED_AGAIN);
    assertThat(ResumptionFlow.of(true, true, "UNKNOWN", false, "FRESH", false))
        .isEqualTo(ResumptionFlow.REPORTED_AGAIN);
    assertThat(ResumptionFlow.of(true, true, "CARRIED", false, "FRESH", true))
        .isEqualTo(ResumptionFlow.NEWLY_RESUMED);
    assertThat(ResumptionFlow.of(true, true, "FRESH", true, "FRESH", false))
        .isEqualTo(ResumptionFlow.STOPPED_AGAIN);
    assertThat(ResumptionFlow.of(true, true, "FRESH", true, "CARRIED", true))
        .isEqualTo(ResumptionFlow.CARRIED_FORWARD);
    assertThat(ResumptionFlow.of(true, true, "CARRIED", false, "FRESH", false))
        .isEqualTo(ResumptionFlow.UNCHANGED);
    assertThatThrownBy(() -> ResumptionFlow.of(false, false, null, false, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    for (ResumptionFlow flow : ResumptionFlow.values()) {
      assertThat(ResumptionFlow.ofCode(flow.code())).isEqualTo(flow);
    }
  }

  @Test
  void contributionsAddUpToTheChangeOfTheRate() {
    // 8 enterprises with 5 resumed, then 9 with 3: one entered (not resumed), two stopped
    long populationBefore = 8;
    long resumedBefore = 5;
    long populationAfter = 9;
    double entered = ResumptionFlow.contributionPoints(0, 1, resumedBefore, 8, 9);
    double stopped = ResumptionFlow.contributionPoints(-2, 0, resumedBefore, 8, 9);
    assertThat(entered).isCloseTo(100 * (0 - 5.0 / 8) / 9, within(1e-12));
    assertThat(stopped).isCloseTo(100 * -2.0 / 9, within(1e-12));
    assertThat(entered + stopped)
        .isCloseTo(
            100 * (3.0 / populationAfter - (double) resumedBefore / populationBefore),
            within(1e-12));
    assertThat(ResumptionFlow.contributionPoints(1, 1, 0, 0, 1)).isNull();
    assertThat(ResumptionFlow.contributionPoints(0, -1, 0, 1, 0)).isNull();
  }
}
