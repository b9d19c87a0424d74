package io.baton.retention.saveplay.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerSummary;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.support.web.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reading save plays, and the context the "run save play" form shows. */
@Service
public class SavePlayQueries {

  private final Interventions interventions;
  private final Customers customers;

  public SavePlayQueries(Interventions interventions, Customers customers) {
    this.interventions = interventions;
    this.customers = customers;
  }

  public Intervention get(String interventionId) {
    return interventions
        .find(interventionId)
        .orElseThrow(() -> new NotFoundException("Intervention", interventionId));
  }

  /**
   * Interventions by status and customer, for the customers of an account manager (each null means
   * any), newest first.
   */
  public List<Intervention> search(SearchSavePlays query) {
    String customerId = query.customerId();
    String accountManager = query.accountManager();
    Set<String> customerIds = customerId == null ? null : Set.of(customerId);
    if (accountManager != null) {
      Set<String> theirs =
          customers.list(null, accountManager, Integer.MAX_VALUE).stream()
              .map(CustomerSummary::customerId)
              .collect(Collectors.toSet());
      customerIds =
          customerIds == null
              ? theirs
              : customerIds.stream().filter(theirs::contains).collect(Collectors.toSet());
    }
    return customerIds != null && customerIds.isEmpty()
        ? List.of()
        : interventions.search(query.status(), customerIds, query.limit());
  }

  /** Everything the person running the save play needs to see. */
  public SavePlayContext contextFor(String interventionId) {
    Intervention intervention = get(interventionId);
    Customer customer =
        customers
            .find(intervention.customerId())
            .orElseThrow(() -> new NotFoundException("Customer", intervention.customerId()));
    return SavePlayContext.of(intervention, customer);
  }
}
