package io.baton.bench;

import java.util.Locale;

/**
 * How a cost grows with its size, from two measurements: the exponent k of {@code cost ~ size^k} (1
 * is linear, 2 quadratic, 0 constant). The benchmarks measure at sizes far enough apart (2x to 10x)
 * for the exponent to mean something despite noise.
 */
record Growth(double sizeRatio, double costRatio) {

  /** Exponents within this distance of 1 count as linear: noise on a shared machine is larger. */
  private static final double LINEAR_TOLERANCE = 0.2;

  static Growth between(double smallSize, double smallCost, double largeSize, double largeCost) {
    if (smallSize <= 0 || largeSize <= smallSize || smallCost <= 0 || largeCost <= 0) {
      throw new IllegalArgumentException(
          "Growth needs 0 < small size < large size and positive costs, not "
              + smallSize
              + " -> "
              + largeSize
              + ", "
              + smallCost
              + " -> "
              + largeCost);
    }
    return new Growth(largeSize / smallSize, largeCost / smallCost);
  }

  double exponent() {
    return Math.log(costRatio) / Math.log(sizeRatio);
  }

  String verdict() {
    double exponent = exponent();
    if (exponent < 1 - LINEAR_TOLERANCE) {
      return "sub-linear";
    }
    return exponent <= 1 + LINEAR_TOLERANCE ? "linear" : "worse than linear";
  }

  /** E.g. "x9.6 for x10 (linear, k=0.98)". */
  String describe() {
    return String.format(
        Locale.ROOT, "x%.1f for x%.0f (%s, k=%.2f)", costRatio, sizeRatio, verdict(), exponent());
  }
}
