package io.baton.onboarding.application;

import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import io.baton.support.web.NotFoundException;

/** The parts of a plan a request or a job names by id: one the plan does not have is a 404. */
final class PlanParts {

  private PlanParts() {}

  static Checkpoint requireCheckpoint(OnboardingPlan plan, String checkpointId) {
    return plan.checkpoint(checkpointId)
        .orElseThrow(
            () -> new NotFoundException("Checkpoint", checkpointId + " of deal " + plan.dealId()));
  }

  static Promise requirePromise(OnboardingPlan plan, String promiseId) {
    return plan.promise(promiseId)
        .orElseThrow(
            () -> new NotFoundException("Promise", promiseId + " of deal " + plan.dealId()));
  }
}
