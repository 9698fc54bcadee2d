package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class GradedRagScaleTest {

  private final GradedRagScale scale = new GradedRagScale(0.95, 0.80);

  @Test
  void theThresholdsDecideTheHue() {
    assertThat(scale.colour(0.80)).as("exactly amber").isEqualTo(GradedRagScale.AMBER_DEEP);
    assertThat(scale.colour(0.95)).as("exactly green").isEqualTo(GradedRagScale.GREEN_LIGHT);
    assertThat(scale.colour(1.0)).isEqualTo(GradedRagScale.GREEN_DEEP);
    // 0.7999 is 0.9995 of the way from 0.60 to 0.80:
    // 153 + 0.9995 × 71 = 223.96 → 224, 13 + 0.9995 × 62 = 74.97 → 75, 13 + 0.9995 × 45 = 57.98 →
    // 58
    assertThat(scale.colour(0.7999)).isEqualTo(new Color(224, 75, 58));
    assertThat(scale.colour(Double.NaN)).isEqualTo(RagStatus.NONE.color());
  }

  @Test
  void theShadeDeepensWithTheShortfall() {
    assertThat(scale.colour(0.60)).isEqualTo(GradedRagScale.RED_DEEP);
    assertThat(scale.colour(0.30)).as("below the red span").isEqualTo(GradedRagScale.RED_DEEP);
    // 0.64 is a fifth of the way from 0.60 to 0.80: 153 + 14.2 → 167, 13 + 12.4 → 25, 13 + 9 = 22
    assertThat(scale.colour(0.64)).isEqualTo(new Color(167, 25, 22));
    // 0.99 is four fifths of the way from 0.95 to 1.0: 140 − 84 = 56, 200 − 61.6 → 138, 122 − 42.4
    // → 80
    assertThat(scale.colour(0.99)).isEqualTo(new Color(56, 138, 80));
    assertThat(scale.getPaint(0.99)).isEqualTo(scale.colour(0.99));
  }

  @Test
  void equalThresholdsLeaveNoAmber() {
    GradedRagScale strict = new GradedRagScale(0.9, 0.9);
    assertThat(strict.colour(0.9)).isEqualTo(GradedRagScale.GREEN_LIGHT);
    assertThat(strict.colour(0.8999)).isEqualTo(new Color(224, 75, 58));
    GradedRagScale full = new GradedRagScale(1.0, 0.8);
    assertThat(full.colour(1.0)).isEqualTo(GradedRagScale.GREEN_DEEP);
  }

  @Test
  void legendShadesAreTheMiddleOfEachBand() {
    // halfway from F08A24 to F7C94E: 243.5 → 244, 169.5 → 170, 57
    assertThat(scale.legendColour(RagStatus.AMBER)).isEqualTo(new Color(244, 170, 57));
    assertThat(scale.legendColour(RagStatus.NONE)).isEqualTo(RagStatus.NONE.color());
  }

  @Test
  void darkShadesGetWhiteText() {
    assertThat(GradedRagScale.needsWhiteText(GradedRagScale.RED_DEEP)).isTrue();
    assertThat(GradedRagScale.needsWhiteText(GradedRagScale.GREEN_DEEP)).isTrue();
    assertThat(GradedRagScale.needsWhiteText(GradedRagScale.AMBER_LIGHT)).isFalse();
    assertThat(GradedRagScale.needsWhiteText(GradedRagScale.GREEN_LIGHT)).isFalse();
  }

  @Test
  void rejectsAmberAboveGreen() {
    assertThatThrownBy(() -> new GradedRagScale(0.8, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
