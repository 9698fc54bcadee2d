package fugong.generate;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a list of items through three stages: {@code prepare} on a pool of worker threads, then
 * {@code inOrder} on the calling thread strictly in the order of the list (where a running state
 * may be carried from one item to the next), then {@code finish} on the pool again. At most twice
 * as many items as there are threads are between the start of their {@code prepare} and the end of
 * their {@code finish}, so memory stays bounded however many items there are. The first failure of
 * any stage stops the run and is thrown; work not started then is dropped.
 */
final class OrderedPipeline {
  private OrderedPipeline() {}

  static <I, P, S> void run(
      List<I> items,
      int threads,
      Function<I, P> prepare,
      BiFunction<I, P, S> inOrder,
      Consumer<S> finish) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    Semaphore slots = new Semaphore(2 * threads);
    Queue<CompletableFuture<P>> prepared = new ArrayDeque<>();
    Queue<CompletableFuture<Void>> finishing = new ArrayDeque<>();
    int started = 0;
    try {
      for (int index = 0; index < items.size(); index++) {
        if (started == index) {
          slots.acquireUninterruptibly();
          started = start(items, started, prepare, pool, prepared);
        }
        while (started < items.size() && slots.tryAcquire()) {
          started = start(items, started, prepare, pool, prepared);
        }
        I item = items.get(index);
        S sequenced = inOrder.apply(item, join(prepared.remove()));
        finishing.add(
            CompletableFuture.runAsync(() -> finish.accept(sequenced), pool)
                .whenComplete((ignored, failure) -> slots.release()));
        while (!finishing.isEmpty() && finishing.peek().isDone()) {
          join(finishing.remove());
        }
      }
      while (!finishing.isEmpty()) {
        join(finishing.remove());
      }
    } finally {
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  /**
   * Submits the prepare stage of the item at {@code started}; returns the index of the next item to
   * start.
   */
  private static <I, P> int start(
      List<I> items,
      int started,
      Function<I, P> prepare,
      ExecutorService pool,
      Queue<CompletableFuture<P>> prepared) {
    I item = items.get(started);
    prepared.add(CompletableFuture.supplyAsync(() -> prepare.apply(item), pool));
    return started + 1;
  }

  /** The value, or the stage's own exception rather than the wrapper around it. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException failure) {
      if (failure.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure.getCause() instanceof Error error) {
        throw error;
      }
      throw failure;
    }
  }

  /**
   * Waits for interrupted workers to stop, so that no file is still being written once the run has
   * returned.
   */
  private static void awaitTermination(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException interruption) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "fugong-generate-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
