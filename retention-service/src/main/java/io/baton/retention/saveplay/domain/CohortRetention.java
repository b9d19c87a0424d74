package io.baton.retention.saveplay.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The revenue retention of the customers whose contract was signed in one month ({@code cohort},
 * e.g. {@code 2026-03}): the ARR they started with, the ARR they have now (churned customers have
 * none), and the part of the starting ARR they kept ({@code retainedArr}: per customer the lower of
 * starting and current ARR).
 */
public record CohortRetention(
    String cohort,
    long customers,
    BigDecimal startingArr,
    BigDecimal currentArr,
    BigDecimal retainedArr) {

  /**
   * Gross revenue retention = retained ARR ÷ starting ARR (contraction and churn, no expansion); at
   * most 1.
   */
  public BigDecimal grossRevenueRetention() {
    return ratio(retainedArr);
  }

  /** Net revenue retention = current ARR ÷ starting ARR (expansion included); may exceed 1. */
  public BigDecimal netRevenueRetention() {
    return ratio(currentArr);
  }

  private BigDecimal ratio(BigDecimal arr) {
    return startingArr.signum() == 0 ? null : arr.divide(startingArr, 4, RoundingMode.HALF_UP);
  }
}
