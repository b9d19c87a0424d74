package io.baton.retention.revenue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as whole cents, so the figures sum and compare it exactly and fast. */
public final class Cents {

  private Cents() {}

  /** The amount in cents (ARR has at most two decimals); 0 for none. */
  public static long of(BigDecimal amount) {
    return amount == null
        ? 0
        : amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The cents as an amount with two decimals. */
  public static BigDecimal amount(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
