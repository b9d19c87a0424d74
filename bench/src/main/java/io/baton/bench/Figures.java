package io.baton.bench;

import java.util.Locale;

/** How the tables write rates and sizes. */
final class Figures {

  private Figures() {}

  /** A rate per second: one decimal below 100, whole numbers above. */
  static String rate(double perSecond) {
    return perSecond < 100
        ? String.format(Locale.ROOT, "%.1f", perSecond)
        : String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** Bytes in MiB with one decimal. */
  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
  }
}
