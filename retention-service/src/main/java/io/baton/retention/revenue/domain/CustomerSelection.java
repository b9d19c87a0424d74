package io.baton.retention.revenue.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The customers behind a row of the figures: those the period selects on the {@code basis} (closed
 * in it, or lost in it) with the row's value of the dimension (or every one of the period), the
 * most recent first (closed, or lost).
 */
public record CustomerSelection(Dimension dimension, RevenuePeriod period, Rows rows, Basis basis) {

  /** The customers closed in the period. */
  public CustomerSelection(Dimension dimension, RevenuePeriod period, Rows rows) {
    this(dimension, period, rows, Basis.CLOSED);
  }

  public List<CustomerFacts> from(RevenueFacts facts) {
    List<CustomerFacts> selected = new ArrayList<>();
    for (CustomerFacts customer : facts.customers()) {
      if (basis.selects(customer, period) && rows.include(dimension.valueOf(customer))) {
        selected.add(customer);
      }
    }
    selected.sort(basis.mostRecentFirst());
    return selected;
  }
}
