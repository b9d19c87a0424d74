package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.vocabulary.KebabCase;
import java.time.Instant;

/**
 * A sign that a customer's onboarding slips, for retention: a checkpoint past its due date, or a
 * blocker reported on it. The signal id is stable — {@code onboarding-slip:<dealId>/<checkpointId>}
 * for a slip, {@code onboarding-slip:<dealId>/blocker/<blockerId>} for a blocker — so sending it
 * again is recognised as a duplicate.
 */
public record OnboardingSlipSignal(
    String customerId,
    String signalId,
    String checkpointId,
    long daysLate,
    Reason reason,
    Instant occurredAt) {

  static final String TYPE = "onboarding-slip";

  static OnboardingSlipSignal ofSlip(OnboardingPlan plan, Checkpoint checkpoint, Instant now) {
    return new OnboardingSlipSignal(
        plan.dealId(),
        TYPE + ":" + plan.dealId() + "/" + checkpoint.checkpointId(),
        checkpoint.checkpointId(),
        checkpoint.daysLateAt(now),
        Reason.SLIP,
        checkpoint.behindSince());
  }

  static OnboardingSlipSignal ofBlocker(
      OnboardingPlan plan, Blocker blocker, Checkpoint checkpoint, Instant now) {
    return new OnboardingSlipSignal(
        plan.dealId(),
        TYPE + ":" + plan.dealId() + "/blocker/" + blocker.blockerId(),
        blocker.checkpointId(),
        checkpoint.daysLateAt(now),
        Reason.BLOCKER,
        blocker.reportedAt());
  }

  /**
   * Why the onboarding slips: a due date passed ({@code slip}) or a blocker was reported ({@code
   * blocker}).
   */
  public enum Reason implements KebabCase {
    SLIP,
    BLOCKER
  }
}
