package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.Call;
import io.baton.bench.ClosedLoopLoad.LoadResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: calls start at a fixed rate whatever the answers, each on a virtual thread,
 * first for a warm-up that is not counted, then for a measured window. A call's latency counts from
 * when it was due, not from when it was sent, so a target (or a driver) that falls behind shows in
 * the latency rather than lowering the load (no coordinated omission). This is how a system sees
 * its users: they do not wait for each other. Calls due in the window are awaited and counted.
 */
final class OpenLoopLoad {

  /**
   * More calls in flight than this and the target has fallen over: the call due is not sent and
   * counts as an error.
   */
  private static final int MAX_IN_FLIGHT = 2_000;

  private OpenLoopLoad() {}

  /**
   * Starts {@code perSecond} calls a second, taking the calls in turn (e.g. one per user).
   *
   * @return the calls due in the window; its concurrency is the most calls that were in flight at
   *     once
   */
  static LoadResult<Void> run(
      double perSecond, Duration warmUp, Duration window, List<? extends Call<?>> calls) {
    LatencyRecorder latencies = new LatencyRecorder();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    double period = 1e9 / perSecond;
    long start = System.nanoTime();
    long windowStart = start + warmUp.toNanos();
    long windowEnd = windowStart + window.toNanos();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long index = 0; ; index++) {
        long due = start + Math.round(index * period);
        if (due >= windowEnd) {
          break;
        }
        LockSupport.parkNanos(due - System.nanoTime());
        boolean counted = due >= windowStart;
        if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
          inFlight.decrementAndGet();
          fail(counted, "more than " + MAX_IN_FLIGHT + " calls in flight", errors, firstError);
          continue;
        }
        mostInFlight.accumulateAndGet(inFlight.get(), Math::max);
        Call<?> call = calls.get((int) (index % calls.size()));
        executor.execute(
            () -> {
              try {
                call.call();
                if (counted) {
                  latencies.record(System.nanoTime() - due);
                }
              } catch (Exception e) {
                fail(
                    counted,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    errors,
                    firstError);
              } finally {
                inFlight.decrementAndGet();
              }
            });
      }
    }
    return new LoadResult<>(
        mostInFlight.get(),
        window,
        latencies.percentiles(),
        latencies,
        List.of(),
        errors.get(),
        0,
        firstError.get());
  }

  private static void fail(
      boolean counted, String error, AtomicLong errors, AtomicReference<String> firstError) {
    if (counted) {
      errors.incrementAndGet();
      firstError.compareAndSet(null, error);
    }
  }
}
