package io.baton.retention.saveplay.domain;

import java.math.BigDecimal;

/** The ARR of customers (not churned) whose health is yellow or red now. */
public record ArrAtRisk(
    BigDecimal yellowArr, long yellowCustomers, BigDecimal redArr, long redCustomers) {

  public BigDecimal total() {
    return yellowArr.add(redArr);
  }
}
