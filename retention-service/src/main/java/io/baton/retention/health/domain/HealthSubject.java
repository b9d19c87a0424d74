package io.baton.retention.health.domain;

import io.baton.retention.customer.domain.Segment;
import java.util.List;

/**
 * What scoring needs of a customer, and no more: a recompute of every customer reads this instead
 * of whole customers with their history.
 */
public record HealthSubject(
    String customerId, Segment segment, Health health, List<Signal> recentSignals, Long version) {

  public HealthSubject {
    recentSignals = recentSignals == null ? List.of() : List.copyOf(recentSignals);
  }
}
