package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A promise from the brief is confirmed by the customer, or flagged as missed — then the process
 * hears it ({@code promise-missed}) to bring it to the account manager and retention, and the
 * account manager hears of it by notification, in the same write ({@link OnboardingNotifications}).
 */
@Service
public class ResolvingPromise {

  private final UnitOfWork<OnboardingPlan> planWork;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public ResolvingPromise(
      UnitOfWork<OnboardingPlan> planWork, OnboardingMetrics metrics, Clock clock) {
    this.planWork = planWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The customer confirmed the promise; the same confirmation again changes nothing. */
  public Resolution confirm(ConfirmPromise command) {
    Instant now = clock.instant();
    String promiseId = command.promiseId();
    Changed<OnboardingPlan> confirmed =
        planWork.change(
            command.dealId(),
            plan -> {
              PlanParts.requirePromise(plan, promiseId);
              return plan.confirmPromise(promiseId, command.confirmedBy(), command.note(), now);
            });
    return new Resolution(confirmed.value(), confirmed.changed());
  }

  /** The promise was missed; the same flag again changes nothing and sends nothing. */
  public Resolution flagMissed(FlagPromiseMissed command) {
    Instant now = clock.instant();
    String promiseId = command.promiseId();
    Changed<OnboardingPlan> flagged =
        planWork.change(
            command.dealId(),
            plan -> {
              PlanParts.requirePromise(plan, promiseId);
              if (!plan.flagPromiseMissed(promiseId, command.reason(), command.reportedBy(), now)) {
                return false;
              }
              plan.notify(OnboardingNotifications.promiseMissed(plan, promiseId, now));
              return true;
            });
    if (flagged.changed()) {
      metrics.promiseMissed();
    }
    return new Resolution(flagged.value(), flagged.changed());
  }

  /** The plan after the call, and whether this call recorded the confirmation or the miss. */
  public record Resolution(OnboardingPlan plan, boolean recorded) {}
}
