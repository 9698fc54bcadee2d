package fugong.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentJobsTest {
  @Test
  void resultsComeInTheOrderOfTheKeysWhateverOrderTheJobsFinishIn() {
    List<Integer> keys = List.of(5, 1, 4, 2, 3, 6);
    Map<Integer, String> results =
        ConcurrentJobs.run(
            keys,
            key -> {
              sleep(key * 10L);
              return "job " + key;
            });
    assertThat(results.keySet()).containsExactlyElementsOf(keys);
    assertThat(results.get(4)).isEqualTo("job 4");
  }

  @Test
  void aFailureIsRethrownOnlyAfterEveryOtherJobHasFinished() {
    AtomicInteger finished = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ConcurrentJobs.run(
                    List.of(1, 2, 3, 4, 5),
                    key -> {
                      if (key == 1) {
                        throw new IllegalArgumentException("table 1 failed");
                      }
                      sleep(50);
                      return finished.incrementAndGet();
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 1 failed");
    assertThat(finished.get()).isEqualTo(4);
  }

  private static void sleep(long milliseconds) {
    try {
      Thread.sleep(milliseconds);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
