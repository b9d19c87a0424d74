package io.baton.retention.customer.domain;

import io.baton.retention.shared.domain.InputProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Who the customer is commercially: name, segment, account manager, ARR, contract and renewal
 * dates. Without a renewal date the contract renews a year after it was signed.
 */
public record CustomerProfile(
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    LocalDate contractDate,
    LocalDate renewalDate) {

  public CustomerProfile {
    if (renewalDate == null && contractDate != null) {
      renewalDate = contractDate.plusYears(1);
    }
  }

  /** What is wrong with this profile beyond the shape of each field; empty when nothing is. */
  public List<InputProblem> problems() {
    if (contractDate != null && renewalDate != null && !renewalDate.isAfter(contractDate)) {
      return List.of(new InputProblem("renewalDate", "must be after the contract date"));
    }
    return List.of();
  }

  /** The cohort the customer's revenue retention is counted in: the month of its contract. */
  public YearMonth cohort() {
    return YearMonth.from(contractDate);
  }

  public boolean sameAs(CustomerProfile other) {
    return customerName.equals(other.customerName)
        && segment == other.segment
        && accountManager.equals(other.accountManager)
        && arr.compareTo(other.arr) == 0
        && contractDate.equals(other.contractDate)
        && Objects.equals(renewalDate, other.renewalDate);
  }

  CustomerProfile withArr(BigDecimal newArr) {
    return new CustomerProfile(
        customerName, segment, accountManager, newArr, contractDate, renewalDate);
  }
}
