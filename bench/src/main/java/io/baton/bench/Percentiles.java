package io.baton.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median, 95th and 99th percentiles and maximum of a set of latencies, by the nearest-rank
 * method (the p-th percentile is the smallest sample that at least p % of the samples do not
 * exceed), in milliseconds.
 */
record Percentiles(
    int count, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

  private static final double NANOS_PER_MILLI = 1_000_000.0;

  static Percentiles of(long[] nanos) {
    if (nanos.length == 0) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(
        sorted.length,
        rank(sorted, 0.50) / NANOS_PER_MILLI,
        rank(sorted, 0.95) / NANOS_PER_MILLI,
        rank(sorted, 0.99) / NANOS_PER_MILLI,
        sorted[sorted.length - 1] / NANOS_PER_MILLI);
  }

  private static long rank(long[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  String p50() {
    return millis(p50Millis);
  }

  String p95() {
    return millis(p95Millis);
  }

  String p99() {
    return millis(p99Millis);
  }

  String max() {
    return millis(maxMillis);
  }

  /** A latency for a table: one decimal below 100 ms, whole milliseconds above; "-" when none. */
  static String millis(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return value < 100
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.0f", value);
  }
}
