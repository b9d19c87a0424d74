package io.baton.retention.revenue.domain;

import io.baton.support.vocabulary.KebabCase;
import java.util.Comparator;

/**
 * Which customers a period selects: those it closed (by contract date), or those it lost (by the
 * day of their churn, whenever they closed).
 */
public enum Basis implements KebabCase {
  /** The customers whose contract (close) date is in the period; the most recently closed first. */
  CLOSED(
      Comparator.comparing(CustomerFacts::contractDate)
          .reversed()
          .thenComparing(CustomerFacts::customerId)),
  /**
   * The customers whose ARR went to 0 by a churn on a day in the period ({@link Churn}), closed
   * whenever; the most recently lost first.
   */
  LOST(
      Comparator.comparing(CustomerFacts::churnedOn)
          .reversed()
          .thenComparing(CustomerFacts::customerId));

  private final Comparator<CustomerFacts> mostRecentFirst;

  Basis(Comparator<CustomerFacts> mostRecentFirst) {
    this.mostRecentFirst = mostRecentFirst;
  }

  /** Whether the period selects the customer on this basis. */
  public boolean selects(CustomerFacts customer, RevenuePeriod period) {
    return switch (this) {
      case CLOSED -> period.contains(customer.contractDate());
      case LOST -> customer.churnedOn() != null && period.contains(customer.churnedOn());
    };
  }

  /** The order of the customers this basis selects: the most recent first. */
  public Comparator<CustomerFacts> mostRecentFirst() {
    return mostRecentFirst;
  }
}
