package io.baton.retention.saveplay.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.application.HealthMetrics;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A save play ended saved, downgraded or churned. The outcome closes the intervention (with the ARR
 * it kept and lost), then reaches the customer: its ARR follows a downgrade, churn ends it, and its
 * health is assessed again. Both are dated by when the customer decided (the report's {@code
 * decidedAt}, for history imported from another tool; else now); the ARR before is what the
 * customer had then. Both steps are idempotent, so reporting the same outcome again — a redelivered
 * job, a retried request — completes what a crash may have left undone; a different outcome for a
 * closed intervention is refused. The outcome tells the account manager, the sponsors engaged and
 * the CS leaders, in the same write as the closed intervention ({@link SavePlayNotifications}).
 */
@Service
public class RecordingOutcome {

  private final Interventions interventions;
  private final Customers customers;
  private final UnitOfWork<Intervention> interventionWork;
  private final UnitOfWork<Customer> customerWork;
  private final HealthScoring scoring;
  private final TriggeringSavePlay triggeringSavePlay;
  private final SavePlayMetrics metrics;
  private final HealthMetrics healthMetrics;
  private final Clock clock;

  public RecordingOutcome(
      Interventions interventions,
      Customers customers,
      UnitOfWork<Intervention> interventionWork,
      UnitOfWork<Customer> customerWork,
      HealthScoring scoring,
      TriggeringSavePlay triggeringSavePlay,
      SavePlayMetrics metrics,
      HealthMetrics healthMetrics,
      Clock clock) {
    this.interventions = interventions;
    this.customers = customers;
    this.interventionWork = interventionWork;
    this.customerWork = customerWork;
    this.scoring = scoring;
    this.triggeringSavePlay = triggeringSavePlay;
    this.metrics = metrics;
    this.healthMetrics = healthMetrics;
    this.clock = clock;
  }

  /**
   * Records who completes the run-save-play task, before the process records the outcome they
   * report in it.
   */
  public Intervention recordWorker(String interventionId, String workedBy) {
    return interventionWork
        .change(interventionId, intervention -> intervention.recordWorker(workedBy))
        .value();
  }

  /**
   * @throws io.baton.retention.shared.domain.InvalidInputException when the report does not fit the
   *     outcome
   * @throws io.baton.retention.saveplay.domain.InterventionStateException when a different outcome
   *     was recorded
   */
  public Recording record(String interventionId, OutcomeReport report) {
    Instant now = clock.instant();
    Intervention intervention =
        interventions
            .find(interventionId)
            .orElseThrow(() -> new NotFoundException("Intervention", interventionId));
    String customerId = intervention.customerId();
    Customer customer =
        customers
            .find(customerId)
            .orElseThrow(() -> new IllegalStateException("Customer " + customerId + " vanished"));
    BigDecimal arrBefore = customer.arrWhen(report.decidedAt(now));
    Changed<Intervention> closed =
        interventionWork.change(
            interventionId,
            candidate -> {
              if (!candidate.recordOutcome(report, arrBefore, now)) {
                return false;
              }
              candidate.notify(SavePlayNotifications.outcome(candidate, customer, now));
              return true;
            });
    Changed<Customer> reached =
        customerWork.change(
            customerId,
            candidate ->
                candidate.applyOutcome(interventionId, closed.value().outcome(), scoring, now));
    if (closed.changed()) {
      metrics.outcomeRecorded(closed.value().outcome());
    }
    if (reached.changed()) {
      healthMetrics.healthAssessed(HealthCause.OUTCOME_RECORDED, 1);
      triggeringSavePlay.handlePending(reached.value());
    }
    return new Recording(closed.value(), reached.value(), closed.changed());
  }

  /** The closed intervention, its customer after the outcome, and whether this call recorded it. */
  public record Recording(Intervention intervention, Customer customer, boolean recorded) {}
}
