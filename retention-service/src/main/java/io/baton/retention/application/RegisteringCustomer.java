package io.baton.retention.application;

import io.baton.retention.domain.Customer;
import io.baton.retention.domain.CustomerProfile;
import io.baton.retention.domain.Customers;
import io.baton.retention.domain.HealthCause;
import io.baton.retention.domain.HealthScoring;
import io.baton.retention.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A won customer is registered with retention (while it is onboarded), or its profile changes.
 * The same profile again changes nothing; when two changes of one customer race, the later one is
 * refused ({@link org.springframework.dao.OptimisticLockingFailureException}, answered 409).
 */
@Service
public class RegisteringCustomer {

  private final Customers customers;
  private final HealthScoring scoring;
  private final TriggeringSavePlay triggeringSavePlay;
  private final RetentionMetrics metrics;
  private final Clock clock;

  public RegisteringCustomer(
      Customers customers,
      HealthScoring scoring,
      TriggeringSavePlay triggeringSavePlay,
      RetentionMetrics metrics,
      Clock clock) {
    this.customers = customers;
    this.scoring = scoring;
    this.triggeringSavePlay = triggeringSavePlay;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Registration register(String customerId, CustomerProfile profile) {
    InvalidInputException.throwIf(profile.problems());
    Instant now = clock.instant();
    Optional<Customer> known = customers.find(customerId);
    if (known.isEmpty()) {
      Optional<Customer> added = customers.add(Customer.register(customerId, profile, scoring, now));
      if (added.isPresent()) {
        metrics.healthAssessed(HealthCause.CUSTOMER_REGISTERED, 1);
        triggeringSavePlay.handlePending(added.get());
        return new Registration(added.get(), true);
      }
      known = customers.find(customerId);
    }
    Customer customer = known.orElseThrow(() -> new IllegalStateException("Customer " + customerId + " vanished"));
    if (customer.changeProfile(profile, scoring, now)) {
      customer = customers.update(customer);
      triggeringSavePlay.handlePending(customer);
    }
    return new Registration(customer, false);
  }

  /** The customer, and whether this call registered it. */
  public record Registration(Customer customer, boolean created) {}
}
