package io.baton.retention.renewal.application;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.renewal.domain.RenewalRunway;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.renewal.domain.RunwaySubject;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Walks the renewal runway: every active customer whose renewal is within the longest step is
 * checked at the step it has reached (dates in UTC), once per renewal date and step. The renewal is
 * at risk when the customer is red, or yellow with a falling trend (its latest score change went
 * down); then a save play is asked for with reason {@code renewal-risk}.
 */
@Service
public class CheckingRenewalRunway {

  private final Customers customers;
  private final UnitOfWork<Customer> customerWork;
  private final RenewalRunway runway;
  private final PendingSavePlays pendingSavePlays;
  private final int pageSize;

  public CheckingRenewalRunway(
      Customers customers,
      UnitOfWork<Customer> customerWork,
      RenewalRunway runway,
      PendingSavePlays pendingSavePlays,
      RenewalProperties properties) {
    this.customers = customers;
    this.customerWork = customerWork;
    this.runway = runway;
    this.pendingSavePlays = pendingSavePlays;
    this.pageSize = properties.pageSize();
  }

  /** Checks every customer whose runway step is due on the day of {@code now}. */
  public RunwayRun checkAll(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate horizon = today.plus(runway.longest());
    int checked = 0;
    int atRisk = 0;
    String after = "";
    List<RunwaySubject> page;
    do {
      page = customers.runwaySubjects(today.plusDays(1), horizon, after, pageSize);
      for (RunwaySubject subject : page) {
        if (subject.dueStep(runway, today).isEmpty()) {
          continue;
        }
        Optional<RunwayCheck> check = check(subject.customerId(), today, now);
        if (check.isPresent()) {
          checked++;
          if (check.get().atRisk()) {
            atRisk++;
          }
        }
      }
      after = page.isEmpty() ? after : page.getLast().customerId();
    } while (page.size() == pageSize);
    return new RunwayRun(checked, atRisk);
  }

  private Optional<RunwayCheck> check(String customerId, LocalDate today, Instant now) {
    Changed<Customer> result =
        customerWork.change(
            customerId, customer -> customer.checkRunway(runway, today, now).isPresent());
    if (!result.changed()) {
      return Optional.empty();
    }
    pendingSavePlays.handlePending(result.value());
    return Optional.of(result.value().snapshot().runwayChecks().getLast());
  }

  /**
   * How many customers were checked at a runway step, and how many of their renewals were at risk.
   */
  public record RunwayRun(int checked, int atRisk) {}
}
