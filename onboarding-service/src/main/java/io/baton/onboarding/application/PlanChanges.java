package io.baton.onboarding.application;

import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.onboarding.domain.Promise;
import io.baton.support.outbox.OutboxRelay;
import io.baton.support.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a plan for a change and stores it with its outbox, publishing the messages the change
 * called for right after. A plan changed by someone else since it was loaded is not stored
 * (optimistic locking): the change fails whole and nothing is half-written.
 */
@Component
class PlanChanges {

  private final OnboardingPlans plans;
  private final OutboxRelay outboxRelay;

  PlanChanges(OnboardingPlans plans, OutboxRelay outboxRelay) {
    this.plans = plans;
    this.outboxRelay = outboxRelay;
  }

  OnboardingPlan load(String dealId) {
    return plans.find(dealId).orElseThrow(() -> new NotFoundException("Onboarding plan of deal", dealId));
  }

  OnboardingPlan store(OnboardingPlan plan) {
    OnboardingPlan stored = plans.update(plan);
    if (stored.hasPendingMessages()) {
      outboxRelay.publishPendingOf(OnboardingCollections.PLANS, stored.dealId());
    }
    return stored;
  }

  /** The plan's checkpoint, or 404: the path names a checkpoint the plan does not have. */
  static Checkpoint requireCheckpoint(OnboardingPlan plan, String checkpointId) {
    return plan.checkpoint(checkpointId)
        .orElseThrow(() -> new NotFoundException("Checkpoint", checkpointId + " of deal " + plan.dealId()));
  }

  /** The plan's promise, or 404: the path names a promise the plan does not have. */
  static Promise requirePromise(OnboardingPlan plan, String promiseId) {
    return plan.promise(promiseId)
        .orElseThrow(() -> new NotFoundException("Promise", promiseId + " of deal " + plan.dealId()));
  }
}
