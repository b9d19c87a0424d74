package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerSummary;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.domain.Band;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.support.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reading customers: one with its active save play, a list by band, the health history. */
@Service
public class CustomerQueries {

  private final Customers customers;
  private final Interventions interventions;

  public CustomerQueries(Customers customers, Interventions interventions) {
    this.customers = customers;
    this.interventions = interventions;
  }

  public CustomerView get(String customerId) {
    Customer customer =
        customers.find(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    return new CustomerView(customer, interventions.findActive(customerId));
  }

  /** Customers by band and account manager (null means any), least healthy first. */
  public List<CustomerSummary> list(Band band, String accountManager, int limit) {
    return customers.list(band, accountManager, limit);
  }

  /** A customer and the save play being worked for it, if any. */
  public record CustomerView(Customer customer, Optional<Intervention> activeIntervention) {}
}
