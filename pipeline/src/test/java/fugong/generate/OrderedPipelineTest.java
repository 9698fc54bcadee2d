package fugong.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

  @Test
  void theMiddleStageSeesItemsInOrderWithAtMostTwiceTheThreadsInFlight() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    List<Integer> sequenced = new ArrayList<>();
    ConcurrentHashMap<Integer, String> results = new ConcurrentHashMap<>();

    OrderedPipeline.run(
        ITEMS,
        3,
        item -> {
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          pause(item);
          return item * 2;
        },
        (item, doubled) -> {
          sequenced.add(item);
          return item + ":" + doubled + ":" + sequenced.size();
        },
        text -> {
          pause(text.length());
          results.put(Integer.valueOf(text.substring(0, text.indexOf(':'))), text);
          inFlight.decrementAndGet();
        });

    assertThat(sequenced).isEqualTo(ITEMS);
    assertThat(results).hasSize(ITEMS.size());
    assertThat(results.get(7)).isEqualTo("7:14:8");
    assertThat(mostInFlight.get()).isBetween(2, 6);
  }

  @Test
  void aFailureOfAWorkerStageIsThrownAsItself() {
    assertThatThrownBy(
            () ->
                OrderedPipeline.run(
                    ITEMS,
                    2,
                    item -> item,
                    (item, same) -> same,
                    item -> {
                      if (item == 50) {
                        throw new IllegalStateException("cannot finish 50");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot finish 50");
  }

  private static void pause(int item) {
    try {
      Thread.sleep(item % 3);
    } catch (InterruptedException interruption) {
      Thread.currentThread().interrupt();
    }
  }
}
