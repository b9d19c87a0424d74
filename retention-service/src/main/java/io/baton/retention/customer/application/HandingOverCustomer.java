package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.health.application.HealthMetrics;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Service;

/**
 * Onboarding reached first value and hands the customer to retention, with how onboarding went and
 * what became of the sale's promises, and the lineage onboarding completed (its parts replace those
 * known from the registration). The first handover counts; a repeated one changes only a lineage
 * that knows more.
 */
@Service
public class HandingOverCustomer {

  private final UnitOfWork<Customer> customerWork;
  private final HealthScoring scoring;
  private final PendingSavePlays pendingSavePlays;
  private final HealthMetrics metrics;
  private final Clock clock;

  public HandingOverCustomer(
      UnitOfWork<Customer> customerWork,
      HealthScoring scoring,
      PendingSavePlays pendingSavePlays,
      HealthMetrics metrics,
      Clock clock) {
    this.customerWork = customerWork;
    this.scoring = scoring;
    this.pendingSavePlays = pendingSavePlays;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Changed<Customer> handOver(HandOverCustomer command) {
    String customerId = command.customerId();
    Instant now = clock.instant();
    Handover handover =
        new Handover(
            command.firstValueAt(),
            command.timeToValueDays(),
            command.promises(),
            command.onboardingHistory(),
            now);
    AtomicBoolean handedOver = new AtomicBoolean();
    Changed<Customer> result =
        customerWork.change(
            customerId,
            customer -> {
              handedOver.set(customer.handOver(handover, scoring, now));
              return customer.recordLineage(command.lineage(), now) | handedOver.get();
            });
    if (result.changed() && handedOver.get()) {
      metrics.healthAssessed(HealthCause.HANDED_OVER, 1);
      pendingSavePlays.handlePending(result.value());
    }
    return result;
  }
}
