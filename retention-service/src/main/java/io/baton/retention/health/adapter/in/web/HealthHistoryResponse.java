package io.baton.retention.health.adapter.in.web;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.health.domain.HealthChange;
import java.util.List;

/** "Why did it change?": the customer's current health and every recorded change, newest first. */
record HealthHistoryResponse(String customerId, HealthJson health, List<HealthChange> changes) {

  static HealthHistoryResponse of(Customer customer) {
    Customer.Snapshot s = customer.snapshot();
    return new HealthHistoryResponse(
        s.customerId(), HealthJson.of(s.health()), s.healthHistory().reversed());
  }
}
