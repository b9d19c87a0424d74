package io.baton.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: a fixed number of workers (virtual threads), each calling again as soon as
 * its last call returned, first for a warm-up that is not counted, then for a measured window.
 * Throughput is the calls that completed within the window divided by its length; their latencies
 * give the percentiles. Calls still running when the window closes are awaited and not counted,
 * unless they fail: every call that fails after the warm-up counts as an error, and one still
 * running a minute after the window closed is interrupted and counted as unfinished.
 */
final class ClosedLoopLoad {

  /** Pause after a failed call, so a failing target is not hammered in a tight loop. */
  private static final Duration BACKOFF_AFTER_ERROR = Duration.ofMillis(100);

  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

  /** One call of a worker; may return a sample of details (null for none) kept for the window. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  /** Makes the call of worker {@code index} (e.g. signed in as a user of its own). */
  @FunctionalInterface
  interface Workers<T> {
    Call<T> callOf(int index) throws Exception;
  }

  private ClosedLoopLoad() {}

  /**
   * Runs {@code concurrency} workers, worker i calling {@code workers.callOf(i)} in a loop.
   *
   * @return what completed in the window
   */
  static <T> LoadResult<T> run(
      int concurrency, Duration warmUp, Duration window, Workers<T> workers) throws Exception {
    LatencyRecorder latencies = new LatencyRecorder();
    List<T> samples = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Call<T>> calls = new ArrayList<>();
    for (int worker = 0; worker < concurrency; worker++) {
      calls.add(workers.callOf(worker));
    }
    long windowStart = System.nanoTime() + warmUp.toNanos();
    long windowEnd = windowStart + window.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int worker = 0; worker < concurrency; worker++) {
      Call<T> call = calls.get(worker);
      threads.add(
          Thread.ofVirtual()
              .name("load-", worker)
              .start(
                  () ->
                      loop(call, windowStart, windowEnd, latencies, samples, errors, firstError)));
    }
    long drainDeadline = windowEnd + DRAIN_TIMEOUT.toNanos();
    int unfinished = 0;
    for (Thread thread : threads) {
      long left = Math.max(1, (drainDeadline - System.nanoTime()) / 1_000_000);
      if (!thread.join(Duration.ofMillis(left))) {
        thread.interrupt();
        unfinished++;
      }
    }
    synchronized (samples) {
      return new LoadResult<>(
          concurrency,
          window,
          latencies.percentiles(),
          latencies,
          List.copyOf(samples),
          errors.get(),
          unfinished,
          firstError.get());
    }
  }

  private static <T> void loop(
      Call<T> call,
      long windowStart,
      long windowEnd,
      LatencyRecorder latencies,
      List<T> samples,
      AtomicLong errors,
      AtomicReference<String> firstError) {
    while (System.nanoTime() < windowEnd && !Thread.currentThread().isInterrupted()) {
      long started = System.nanoTime();
      try {
        T sample = call.call();
        long finished = System.nanoTime();
        if (finished >= windowStart && finished < windowEnd) {
          latencies.record(finished - started);
          if (sample != null) {
            synchronized (samples) {
              samples.add(sample);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        if (System.nanoTime() >= windowStart) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
          Thread.sleep(BACKOFF_AFTER_ERROR);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * What one load measured: the calls in flight (for an {@link OpenLoopLoad}, the most at once),
   * the calls completed in the window, their latencies, the samples they returned, the calls that
   * failed after the warm-up (with the first failure's message), and the calls still running long
   * after the window closed (then interrupted).
   */
  record LoadResult<T>(
      int concurrency,
      Duration window,
      Percentiles latency,
      LatencyRecorder latencies,
      List<T> samples,
      long errors,
      int unfinished,
      String firstError) {

    long completed() {
      return latency.count();
    }

    double perSecond() {
      return completed() / (window.toNanos() / 1e9);
    }

    /** E.g. "0", "3 (first: ...)", "3 (first: ...), 1 unfinished". */
    String errorSummary() {
      String failed = errors == 0 ? "0" : errors + " (first: " + firstError + ")";
      return unfinished == 0 ? failed : failed + ", " + unfinished + " unfinished";
    }
  }
}
