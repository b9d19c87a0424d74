package io.baton.bench;

import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthSubject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The health recompute's scoring over 10k and 100k customers: retention-service's pure {@link
 * HealthScoring#reassess} for every customer, as {@code RecomputingHealth} calls it for each page
 * (without the MongoDB reads and the writes of the customers that changed). Per size: the heap the
 * customers occupy, the time of a whole pass (the median of passes timed for some seconds, after
 * untimed warm-up ones), the bytes a pass allocates, and how many customers' health changed.
 * Single-threaded, like the recompute.
 */
final class HealthRecomputeBenchmark {

  private static final long SEED = 7;
  private static final int MIN_TIMED_PASSES = 3;

  private final BenchSettings settings;

  HealthRecomputeBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  Table run() {
    CpuNoise before = CpuNoise.sample();
    HealthScoring scoring = SyntheticCustomers.shippedScoring();
    List<Pass> passes = new ArrayList<>();
    String bands = "";
    for (int count : settings.customerCounts()) {
      long heapBefore = Memory.heapBytesAfterGc();
      List<HealthSubject> customers =
          SyntheticCustomers.generate(scoring, count, settings.signalsPerCustomer(), SEED);
      long heldBytes = Memory.heapBytesAfterGc() - heapBefore;
      bands = SyntheticCustomers.bands(customers);
      warmUp(scoring, customers);
      passes.add(timePasses(scoring, customers, heldBytes));
    }
    return table(passes, bands, CpuNoise.sample().otherLoadSince(before));
  }

  /** Timed recomputes for the measuring time (at least three); the median pass counts. */
  private Pass timePasses(HealthScoring scoring, List<HealthSubject> customers, long heldBytes) {
    LatencyRecorder timings = new LatencyRecorder();
    long allocated = 0;
    int changed = 0;
    long until = System.nanoTime() + settings.recomputeMeasure().toNanos();
    int timed = 0;
    while (timed < MIN_TIMED_PASSES || System.nanoTime() < until) {
      long allocatedBefore = allocatedBytes();
      long started = System.nanoTime();
      changed = recompute(scoring, customers);
      timings.recordSince(started);
      allocated = allocatedBytes() - allocatedBefore;
      timed++;
    }
    long medianNanos = (long) (timings.percentiles().p50Millis() * 1e6);
    return new Pass(customers.size(), heldBytes, medianNanos, timed, allocated, changed);
  }

  /** Untimed recomputes until the warm-up time passed, so the JIT compiled the scoring. */
  private void warmUp(HealthScoring scoring, List<HealthSubject> customers) {
    long until = System.nanoTime() + settings.recomputeWarmUp().toNanos();
    do {
      recompute(scoring, customers);
    } while (System.nanoTime() < until);
  }

  /** One recompute of every customer; returns how many have a new health. */
  private static int recompute(HealthScoring scoring, List<HealthSubject> customers) {
    int changed = 0;
    for (HealthSubject customer : customers) {
      if (scoring
          .reassess(
              customer.health(),
              customer.segment(),
              customer.recentSignals(),
              HealthCause.SCHEDULED_RECOMPUTE,
              null,
              SyntheticCustomers.NOW)
          .isPresent()) {
        changed++;
      }
    }
    return changed;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private Table table(List<Pass> passes, String bands, String otherLoad) {
    Table table =
        Table.of(
            "Health recompute",
            "HealthScoring.reassess for every customer, one thread, synthetic customers with "
                + settings.signalsPerCustomer()
                + " signals each within the 180-day lookback, last assessed an hour earlier.",
            "customers",
            "heap held (MiB)",
            "one pass (ms)",
            "per customer (us)",
            "customers/s",
            "allocated per pass (MiB)",
            "health changed");
    for (Pass pass : passes) {
      table.row(
          String.format(Locale.ROOT, "%,d", pass.customers()),
          Figures.mib(pass.heldBytes()),
          String.format(Locale.ROOT, "%.0f", pass.nanos() / 1e6),
          String.format(Locale.ROOT, "%.1f", pass.nanos() / 1e3 / pass.customers()),
          Figures.rate(pass.customers() / (pass.nanos() / 1e9)),
          Figures.mib(pass.allocatedBytes()),
          String.format(Locale.ROOT, "%,d", pass.changed()));
    }
    Pass small = passes.getFirst();
    Pass large = passes.getLast();
    return table
        .note(
            "Time grows "
                + Growth.between(small.customers(), small.nanos(), large.customers(), large.nanos())
                    .describe()
                + "; heap grows "
                + Growth.between(
                        small.customers(), small.heldBytes(), large.customers(), large.heldBytes())
                    .describe()
                + ".")
        .note(
            "One pass: the median of the passes timed over "
                + settings.recomputeMeasure().toSeconds()
                + " s ("
                + passes.stream()
                    .map(
                        pass ->
                            pass.timedPasses()
                                + " for "
                                + String.format(Locale.ROOT, "%,d", pass.customers()))
                    .toList()
                + "), after "
                + settings.recomputeWarmUp().toSeconds()
                + " s of untimed ones. Bands of the synthetic customers: "
                + bands
                + ".")
        .note(
            "Not included: reading the customers from MongoDB page by page and writing those whose health changed.")
        .note("Other processes used " + otherLoad + " of the machine's CPU meanwhile.");
  }

  private record Pass(
      int customers,
      long heldBytes,
      long nanos,
      int timedPasses,
      long allocatedBytes,
      int changed) {}
}
