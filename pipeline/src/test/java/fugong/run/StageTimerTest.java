package fugong.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTimerTest {
  @Test
  void recordsEachStageInTheOrderItEndsWithItsResult() throws InterruptedException {
    StageTimer timer = new StageTimer();
    String value = timer.time("first", () -> "result");
    timer.time("second", () -> sleep(20));
    StageTimer.Timed<Integer> third = timer.timed("third", () -> 3);
    assertThat(value).isEqualTo("result");
    assertThat(third.value()).isEqualTo(3);
    assertThat(timer.timings())
        .extracting(StageTiming::stage)
        .containsExactly("first", "second", "third");
    assertThat(timer.timings().get(1).milliseconds()).isGreaterThanOrEqualTo(20);
    assertThat(StageTimer.measure(() -> 1).value()).isEqualTo(1);
    assertThat(timer.timings()).as("measure records nothing").hasSize(3);
  }

  @Test
  void aFailedStageIsNotRecorded() {
    StageTimer timer = new StageTimer();
    assertThatThrownBy(
            () ->
                timer.time(
                    "broken",
                    () -> {
                      throw new IllegalStateException("disk gone");
                    }))
        .hasMessage("disk gone");
    assertThat(timer.timings()).isEmpty();
  }

  private static void sleep(long milliseconds) {
    try {
      Thread.sleep(milliseconds);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
