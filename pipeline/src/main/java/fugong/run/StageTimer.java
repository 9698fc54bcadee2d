package fugong.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a run's named stages: {@link #time} runs a step and records how long it took, in the order
 * the steps end. Safe to use from the threads that write tables side by side; the stages timed
 * there overlap, so their timings do not add up to the whole.
 */
public final class StageTimer {
  private final List<StageTiming> timings = Collections.synchronizedList(new ArrayList<>());

  /** A step's result and how long it took. */
  public record Timed<T>(T value, long milliseconds) {}

  /** Runs {@code step}, records its time under {@code stage} and returns its result. */
  public <T> T time(String stage, Supplier<T> step) {
    return timed(stage, step).value();
  }

  /** Runs {@code step}, records its time under {@code stage}. */
  public void time(String stage, Runnable step) {
    timed(
        stage,
        () -> {
          step.run();
          return null;
        });
  }

  /**
   * Runs {@code step}, records its time under {@code stage} and returns its result with the time.
   */
  public <T> Timed<T> timed(String stage, Supplier<T> step) {
    Timed<T> timed = measure(step);
    timings.add(new StageTiming(stage, timed.milliseconds()));
    return timed;
  }

  /** Runs {@code step} and returns its result with how long it took, recording nothing. */
  public static <T> Timed<T> measure(Supplier<T> step) {
    long started = System.nanoTime();
    T value = step.get();
    return new Timed<>(value, (System.nanoTime() - started) / 1_000_000);
  }

  /** The stages timed so far, in the order they ended. */
  public List<StageTiming> timings() {
    synchronized (timings) {
      return List.copyOf(timings);
    }
  }
}
