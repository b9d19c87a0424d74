package io.baton.retention.customer.domain;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.HealthUpdate;
import io.baton.retention.renewal.domain.RunwaySubject;
import io.baton.support.unitofwork.AggregateStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where customers are kept, by customer id. */
public interface Customers extends AggregateStore<Customer> {

  boolean exists(String customerId);

  /**
   * Customers in the band (null means any) and of the account manager (null means any), least
   * healthy first.
   */
  List<CustomerSummary> list(Band band, String accountManager, int limit);

  /**
   * A page of customers that have not churned, by id after {@code afterCustomerId} ("" for the
   * first).
   */
  List<HealthSubject> healthSubjects(String afterCustomerId, int limit);

  /**
   * Records a new health (with its history entry, keeping the last {@code historySize}, and the
   * save play it asks for, if any: {@link Customer#savePlayAskedFor}) unless the customer changed
   * since {@code subject} was read.
   *
   * @return false when the customer changed meanwhile and nothing was written
   */
  boolean recordHealth(HealthSubject subject, HealthUpdate update, int historySize, Instant now);

  /**
   * A page of active customers renewing between the two dates (inclusive), by id after {@code
   * afterCustomerId}.
   */
  List<RunwaySubject> runwaySubjects(
      LocalDate renewalFrom, LocalDate renewalTo, String afterCustomerId, int limit);

  /**
   * A page of ids of customers with save plays no intervention has yet, after {@code
   * afterCustomerId}.
   */
  List<String> withPendingSavePlays(String afterCustomerId, int limit);
}
