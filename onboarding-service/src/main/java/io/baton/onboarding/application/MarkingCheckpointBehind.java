package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Slip;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A checkpoint's due timer fired before it was done: the checkpoint, and so the plan, is behind.
 * Recorded and counted once, however often the job is delivered.
 */
@Service
public class MarkingCheckpointBehind {

  private final PlanChanges planChanges;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public MarkingCheckpointBehind(PlanChanges planChanges, OnboardingMetrics metrics, Clock clock) {
    this.planChanges = planChanges;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Marks the checkpoint behind and says how many days late it is; a checkpoint done meanwhile is
   * left as it is ({@link Slip#behind()} false).
   */
  public Slip markBehind(String dealId, String checkpointId) {
    OnboardingPlan plan = planChanges.load(dealId);
    PlanChanges.requireCheckpoint(plan, checkpointId);
    Slip slip = plan.markBehind(checkpointId, clock.instant());
    if (slip.newlyBehind()) {
      planChanges.store(plan);
      metrics.checkpointSlipped(checkpointId);
    }
    return slip;
  }
}
