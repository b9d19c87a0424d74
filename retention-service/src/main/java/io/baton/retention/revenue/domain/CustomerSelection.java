package io.baton.retention.revenue.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customers behind a row of the figures: those closed in the period with the row's value of the
 * dimension (or every one of the period), most recently closed first.
 */
public record CustomerSelection(Dimension dimension, RevenuePeriod period, Rows rows) {

  private static final Comparator<CustomerFacts> MOST_RECENT_FIRST =
      Comparator.comparing(CustomerFacts::contractDate)
          .reversed()
          .thenComparing(CustomerFacts::customerId);

  public List<CustomerFacts> from(RevenueFacts facts) {
    List<CustomerFacts> selected = new ArrayList<>();
    for (CustomerFacts customer : facts.customers()) {
      if (period.contains(customer.contractDate()) && rows.include(dimension.valueOf(customer))) {
        selected.add(customer);
      }
    }
    selected.sort(MOST_RECENT_FIRST);
    return selected;
  }
}
