package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A promise from the brief is confirmed by the customer, or flagged as missed — then the process
 * hears it ({@code promise-missed}) to bring it to the account manager and retention.
 */
@Service
public class ResolvingPromise {

  private final PlanChanges planChanges;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public ResolvingPromise(PlanChanges planChanges, OnboardingMetrics metrics, Clock clock) {
    this.planChanges = planChanges;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The customer confirmed the promise; the same confirmation again changes nothing. */
  public Resolution confirm(String dealId, String promiseId, String confirmedBy, String note) {
    OnboardingPlan plan = planChanges.load(dealId);
    PlanChanges.requirePromise(plan, promiseId);
    if (!plan.confirmPromise(promiseId, confirmedBy, note, clock.instant())) {
      return new Resolution(plan, false);
    }
    return new Resolution(planChanges.store(plan), true);
  }

  /** The promise was missed; the same flag again changes nothing and sends nothing. */
  public Resolution flagMissed(String dealId, String promiseId, String reason, String reportedBy) {
    Instant now = clock.instant();
    OnboardingPlan plan = planChanges.load(dealId);
    PlanChanges.requirePromise(plan, promiseId);
    if (!plan.flagPromiseMissed(promiseId, reason, reportedBy, now)) {
      return new Resolution(plan, false);
    }
    plan.enqueue(OnboardingOutbox.promiseMissed(plan, plan.promise(promiseId).orElseThrow(), now));
    OnboardingPlan stored = planChanges.store(plan);
    metrics.promiseMissed();
    return new Resolution(stored, true);
  }

  /** The plan after the call, and whether this call recorded the confirmation or the miss. */
  public record Resolution(OnboardingPlan plan, boolean recorded) {}
}
