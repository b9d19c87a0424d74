package io.baton.retention.application;

import io.baton.retention.domain.Customer;
import io.baton.retention.domain.Customers;
import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.InterventionStatus;
import io.baton.retention.domain.Interventions;
import io.baton.support.web.NotFoundException;
import java.util.List;
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
    return interventions.find(interventionId).orElseThrow(() -> new NotFoundException("Intervention", interventionId));
  }

  /** Interventions by status and customer (null means any), newest first. */
  public List<Intervention> search(InterventionStatus status, String customerId, int limit) {
    return interventions.search(status, customerId, limit);
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
