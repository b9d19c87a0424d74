package io.baton.retention.revenue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * One revenue figure and the number of things it is computed over ({@code n}: customers, leads or
 * save plays), so a reader can tell a rate of one from a rate of a thousand. {@code value} is null
 * when there is nothing to compute it over (a median of no one, a rate of none) or it is not known
 * (lead figures while lead-service cannot be read).
 */
public record Figure(BigDecimal value, long n) {

  /** Ratios and shares keep four decimals. */
  static final int RATIO_SCALE = 4;

  /** Not known, or not defined for the dimension. */
  public static final Figure UNKNOWN = new Figure(null, 0);

  /** A count of {@code n} things. */
  public static Figure count(long n) {
    return new Figure(BigDecimal.valueOf(n), n);
  }

  /** {@code count} of something, out of {@code n} things. */
  public static Figure count(long count, long n) {
    return new Figure(BigDecimal.valueOf(count), n);
  }

  /** An amount of money, summed over {@code n} things. */
  public static Figure money(long cents, long n) {
    return new Figure(Cents.amount(cents), n);
  }

  /** {@code part ÷ whole}, four decimals, over {@code n} things; null when {@code whole} is 0. */
  public static Figure ratio(long part, long whole, long n) {
    return new Figure(
        whole == 0
            ? null
            : BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), RATIO_SCALE, RoundingMode.HALF_UP),
        n);
  }

  /**
   * The exact median of the first {@code size} of {@code values} (sorted here): the middle one, or
   * the mean of the two middle ones (to one decimal); null for none.
   */
  public static Figure median(int[] values, int size) {
    if (size == 0) {
      return new Figure(null, 0);
    }
    Arrays.sort(values, 0, size);
    int middle = size / 2;
    if (size % 2 == 1) {
      return new Figure(BigDecimal.valueOf(values[middle]), size);
    }
    long sum = (long) values[middle - 1] + values[middle];
    return new Figure(
        sum % 2 == 0 ? BigDecimal.valueOf(sum / 2) : BigDecimal.valueOf(sum * 5, 1), size);
  }

  /**
   * The exact median of the first {@code size} of {@code values} given in tenths (sorted here), in
   * whole units: the middle one (one decimal), or the mean of the two middle ones (to two
   * decimals); null for none.
   */
  public static Figure medianOfTenths(int[] values, int size) {
    if (size == 0) {
      return new Figure(null, 0);
    }
    Arrays.sort(values, 0, size);
    int middle = size / 2;
    if (size % 2 == 1) {
      return new Figure(BigDecimal.valueOf(values[middle], 1), size);
    }
    long sum = (long) values[middle - 1] + values[middle];
    return new Figure(
        sum % 2 == 0 ? BigDecimal.valueOf(sum / 2, 1) : BigDecimal.valueOf(sum * 5, 2), size);
  }
}
