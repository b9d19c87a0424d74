package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import java.time.Instant;

/**
 * A promise sales made that onboarding did not keep, for retention. The signal id {@code
 * promise-missed:<dealId>/<promiseId>} is stable, so sending it again is recognised as a duplicate.
 */
public record PromiseMissedSignal(
    String customerId,
    String signalId,
    String promiseId,
    String promiseText,
    String reason,
    Instant occurredAt) {

  static PromiseMissedSignal of(OnboardingPlan plan, Promise promise) {
    return new PromiseMissedSignal(
        plan.dealId(),
        "promise-missed:" + plan.dealId() + "/" + promise.promiseId(),
        promise.promiseId(),
        promise.text(),
        promise.note(),
        promise.recordedAt());
  }
}
