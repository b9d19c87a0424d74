package io.baton.retention.saveplay.domain;

import io.baton.support.unitofwork.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where interventions are kept; a customer has at most one active intervention. */
public interface Interventions extends AggregateStore<Intervention> {

  Optional<Intervention> findActive(String customerId);

  /** The intervention a trigger was attached to, if any. */
  Optional<Intervention> findByTrigger(String triggerId);

  /**
   * Interventions with the status (null means any) of the customers (null means any), newest first.
   */
  List<Intervention> search(InterventionStatus status, Collection<String> customerIds, int limit);

  /** Stores a new intervention; empty if its customer has an active one already. */
  @Override
  Optional<Intervention> add(Intervention intervention);
}
