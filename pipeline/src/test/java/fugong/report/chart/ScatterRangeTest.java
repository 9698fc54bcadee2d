package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScatterRangeTest {
  @Test
  void theRangeStartsAtARoundTenthBelowTheSmallestValueOfEitherAxis() {
    // the sample's 2020-03-10: every county between 84 % and 93 % → 80 %…100 %, ticks every 5 %
    ScatterRange close =
        ScatterRange.of(
            List.of(new LabelledPoint("故城", 0.842, 0.845), new LabelledPoint("冀州", 0.925, 0.93)));
    assertThat(close.lower()).isEqualTo(0.8);
    assertThat(close.tick()).isEqualTo(0.05);
    assertThat(close.tickPercents()).containsExactly(80, 85, 90, 95, 100);
    assertThat(close.position(0.9)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));

    // a value 1 point above a tenth still leaves room below it: 71 % → 60 %
    assertThat(ScatterRange.of(List.of(new LabelledPoint("甲", 0.71, 0.95))).lower()).isEqualTo(0.6);
    // never narrower than 20 points, never below 0, ticks every 10 % beyond 30 points
    assertThat(ScatterRange.of(List.of(new LabelledPoint("甲", 0.99, 1.0))).lower()).isEqualTo(0.8);
    ScatterRange wide = ScatterRange.of(List.of(new LabelledPoint("甲", 0.01, 0.5)));
    assertThat(wide.lower()).isEqualTo(0.0);
    assertThat(wide.tick()).isEqualTo(0.1);
    assertThat(wide.position(-0.1)).isZero();
    assertThat(ScatterRange.of(List.of()).lower()).isEqualTo(0.0);
  }
}
