package fugong.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RagStatusTest {

  @Test
  void exactlyGreenIsGreen() {
    assertThat(RagStatus.of(0.95, 0.95, 0.80)).isEqualTo(RagStatus.GREEN);
    assertThat(RagStatus.of(1.0, 0.95, 0.80)).isEqualTo(RagStatus.GREEN);
  }

  @Test
  void exactlyAmberIsAmberAndJustBelowGreenToo() {
    assertThat(RagStatus.of(0.80, 0.95, 0.80)).isEqualTo(RagStatus.AMBER);
    assertThat(RagStatus.of(Math.nextDown(0.95), 0.95, 0.80)).isEqualTo(RagStatus.AMBER);
  }

  @Test
  void belowAmberIsRed() {
    assertThat(RagStatus.of(Math.nextDown(0.80), 0.95, 0.80)).isEqualTo(RagStatus.RED);
    assertThat(RagStatus.of(0.0, 0.95, 0.80)).isEqualTo(RagStatus.RED);
  }

  @Test
  void noDataIsNone() {
    assertThat(RagStatus.of(null, 0.95, 0.80)).isEqualTo(RagStatus.NONE);
    assertThat(RagStatus.of(Double.NaN, 0.95, 0.80)).isEqualTo(RagStatus.NONE);
  }

  @Test
  void everyStatusHasItsOwnOpaqueColour() {
    assertThat(Arrays.stream(RagStatus.values()).map(RagStatus::color).distinct()).hasSize(4);
    assertThat(RagStatus.values())
        .allSatisfy(status -> assertThat(status.color().getAlpha()).isEqualTo(255));
    assertThat(RagStatus.GREEN.color().getGreen()).isGreaterThan(RagStatus.GREEN.color().getRed());
    assertThat(RagStatus.RED.color().getRed()).isGreaterThan(RagStatus.RED.color().getGreen());
    assertThat(RagStatus.NONE.color().getRed())
        .isEqualTo(RagStatus.NONE.color().getGreen())
        .isEqualTo(RagStatus.NONE.color().getBlue());
  }
}
