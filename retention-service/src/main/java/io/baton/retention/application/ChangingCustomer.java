package io.baton.retention.application;

import io.baton.retention.domain.Customer;
import io.baton.retention.domain.Customers;
import io.baton.support.web.NotFoundException;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads a customer, applies one change and stores it only if the change changed something, so a
 * repeated request or a redelivered job writes nothing twice. When someone else stored the customer
 * meanwhile, the change is applied again to the fresh customer (every change here is idempotent).
 */
@Component
class ChangingCustomer {

  static final int TRIES = 10;

  private final Customers customers;

  ChangingCustomer(Customers customers) {
    this.customers = customers;
  }

  Changed<Customer> change(String customerId, Predicate<Customer> change) {
    for (int tries = 1; ; tries++) {
      Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
      if (!change.test(customer)) {
        return new Changed<>(customer, false);
      }
      try {
        return new Changed<>(customers.update(customer), true);
      } catch (OptimisticLockingFailureException e) {
        if (tries == TRIES) {
          throw e;
        }
      }
    }
  }
}
