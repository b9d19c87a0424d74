package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.health.application.HealthMetrics;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A won customer is registered with retention (while it is onboarded), or its profile changes; the
 * lineage it comes with (the lead's and the handoff's parts) completes what is known of where it
 * came from. The same profile and lineage again change nothing; when two changes of one customer
 * race, the later one is applied again to the fresh customer (and answered 409 only when it loses
 * every try).
 */
@Service
public class RegisteringCustomer {

  private final Customers customers;
  private final UnitOfWork<Customer> customerWork;
  private final HealthScoring scoring;
  private final PendingSavePlays pendingSavePlays;
  private final HealthMetrics metrics;
  private final Clock clock;

  public RegisteringCustomer(
      Customers customers,
      UnitOfWork<Customer> customerWork,
      HealthScoring scoring,
      PendingSavePlays pendingSavePlays,
      HealthMetrics metrics,
      Clock clock) {
    this.customers = customers;
    this.customerWork = customerWork;
    this.scoring = scoring;
    this.pendingSavePlays = pendingSavePlays;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * @param lineage where the customer came from, as far as the caller knows it (null: nothing)
   */
  public Registration register(String customerId, CustomerProfile profile, Lineage lineage) {
    InvalidInputException.throwIf(profile.problems());
    Instant now = clock.instant();
    if (!customers.exists(customerId)) {
      Customer registered = Customer.register(customerId, profile, scoring, now);
      registered.recordLineage(lineage, now);
      Optional<Customer> added = customerWork.add(registered);
      if (added.isPresent()) {
        metrics.healthAssessed(HealthCause.CUSTOMER_REGISTERED, 1);
        pendingSavePlays.handlePending(added.get());
        return new Registration(added.get(), true);
      }
    }
    Changed<Customer> changed =
        customerWork.change(
            customerId,
            customer ->
                customer.changeProfile(profile, scoring, now)
                    | customer.recordLineage(lineage, now));
    if (changed.changed()) {
      pendingSavePlays.handlePending(changed.value());
    }
    return new Registration(changed.value(), false);
  }

  /** The customer, and whether this call registered it. */
  public record Registration(Customer customer, boolean created) {}
}
