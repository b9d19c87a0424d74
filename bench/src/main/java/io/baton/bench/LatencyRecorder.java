package io.baton.bench;

import java.util.Arrays;

/**
 * Collects latencies (nanoseconds) from many threads and summarises them as {@link Percentiles}.
 * Keeps every sample: the benchmarks record at most a few hundred thousand.
 */
final class LatencyRecorder {

  private long[] samples = new long[1024];
  private int count;

  synchronized void record(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  /** Records the time from {@code startNanos} (a {@link System#nanoTime()}) until now. */
  void recordSince(long startNanos) {
    record(System.nanoTime() - startNanos);
  }

  /** Adds every sample of another recorder, e.g. of a second round of the same measurement. */
  void addAll(LatencyRecorder other) {
    long[] theirs;
    synchronized (other) {
      theirs = Arrays.copyOf(other.samples, other.count);
    }
    for (long sample : theirs) {
      record(sample);
    }
  }

  synchronized Percentiles percentiles() {
    return Percentiles.of(Arrays.copyOf(samples, count));
  }
}
