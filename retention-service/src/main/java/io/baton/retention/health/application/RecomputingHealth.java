package io.baton.retention.health.application;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.HealthUpdate;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Scores every customer that has not churned again, as signals fade with time. It pages through the
 * customers by id, reading only what scoring needs ({@link HealthSubject}), and writes only the
 * customers whose score or band changed — with one conditional update each, which a concurrent
 * change of the customer makes miss; that customer is then reassessed as a whole. A customer
 * turning red is reassessed as a whole at once, so that the customer itself decides the save play
 * it asks for and the notification telling its account manager and the CS leaders, in one write.
 */
@Service
public class RecomputingHealth {

  private final Customers customers;
  private final UnitOfWork<Customer> customerWork;
  private final HealthScoring scoring;
  private final PendingSavePlays pendingSavePlays;
  private final HealthMetrics metrics;
  private final int pageSize;
  private final Clock clock;

  public RecomputingHealth(
      Customers customers,
      UnitOfWork<Customer> customerWork,
      HealthScoring scoring,
      PendingSavePlays pendingSavePlays,
      HealthMetrics metrics,
      HealthProperties properties,
      Clock clock) {
    this.customers = customers;
    this.customerWork = customerWork;
    this.scoring = scoring;
    this.pendingSavePlays = pendingSavePlays;
    this.metrics = metrics;
    this.pageSize = properties.recomputePageSize();
    this.clock = clock;
  }

  /** Recomputes every customer's health as of {@code now}. */
  public Recompute recomputeAll(Instant now) {
    Instant started = clock.instant();
    long assessed = 0;
    long changed = 0;
    String after = "";
    List<HealthSubject> page;
    do {
      page = customers.healthSubjects(after, pageSize);
      for (HealthSubject subject : page) {
        assessed++;
        if (recompute(subject, now)) {
          changed++;
        }
      }
      after = page.isEmpty() ? after : page.getLast().customerId();
    } while (page.size() == pageSize);
    metrics.healthAssessed(HealthCause.SCHEDULED_RECOMPUTE, assessed);
    metrics.recomputedAll(Duration.between(started, clock.instant()));
    return new Recompute(assessed, changed);
  }

  private boolean recompute(HealthSubject subject, Instant now) {
    Optional<HealthUpdate> update =
        scoring.reassess(
            subject.health(),
            subject.segment(),
            subject.recentSignals(),
            HealthCause.SCHEDULED_RECOMPUTE,
            null,
            now);
    if (update.isEmpty()) {
      return false;
    }
    boolean recorded =
        !update.get().turnedRed()
            && customers.recordHealth(subject, update.get(), scoring.model().historySize(), now);
    if (!recorded) {
      customerWork.change(
          subject.customerId(),
          customer -> customer.reassess(scoring, HealthCause.SCHEDULED_RECOMPUTE, null, now));
    }
    if (update.get().turnedRed() || !recorded) {
      customers.find(subject.customerId()).ifPresent(pendingSavePlays::handlePending);
    }
    return true;
  }

  /** How many customers were assessed, and how many of them had a new health. */
  public record Recompute(long assessed, long changed) {}
}
