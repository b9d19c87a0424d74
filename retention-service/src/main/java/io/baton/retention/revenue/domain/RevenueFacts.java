package io.baton.retention.revenue.domain;

import java.util.List;

/** The facts the revenue figures are computed from: every customer's, and its ended save plays. */
public interface RevenueFacts {

  /** Every customer's facts. */
  Iterable<CustomerFacts> customers();

  /** The save plays of the customer that ended; empty when it had none. */
  List<SavePlayFacts> savePlaysOf(String customerId);
}
