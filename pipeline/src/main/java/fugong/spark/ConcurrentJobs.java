package fugong.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent Spark jobs (typically table writes) from a few driver threads at once. Small
 * jobs spend most of their time outside the executors' CPUs — planning, scheduling, listing and
 * committing files — so running them side by side shortens a night's run even on 2 cores. Results
 * do not depend on the order the jobs finish in.
 */
public final class ConcurrentJobs {
  /** Driver threads submitting jobs at once. */
  public static final int THREADS = 4;

  private ConcurrentJobs() {}

  /**
   * Applies {@code job} to every key, up to {@link #THREADS} at a time, and returns the results in
   * the order of {@code keys}. Waits for every job even when one fails, so no write is still
   * running when the caller cleans up; then rethrows the first failure (in key order).
   */
  public static <K, V> Map<K, V> run(List<K> keys, Function<K, V> job) {
    if (keys.size() <= 1) {
      Map<K, V> results = new LinkedHashMap<>();
      keys.forEach(key -> results.put(key, job.apply(key)));
      return results;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(THREADS, keys.size()),
            runnable -> {
              Thread thread = new Thread(runnable, "fugong-job");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<V>> futures = new ArrayList<>();
      for (K key : keys) {
        futures.add(pool.submit(() -> job.apply(key)));
      }
      Map<K, V> results = new LinkedHashMap<>();
      Throwable failure = null;
      for (int index = 0; index < keys.size(); index++) {
        try {
          results.put(keys.get(index), futures.get(index).get());
        } catch (ExecutionException execution) {
          failure = failure == null ? execution.getCause() : failure;
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for Spark jobs", interrupted);
        }
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException(failure.getMessage(), failure);
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
