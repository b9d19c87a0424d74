package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Slip;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * A checkpoint's due timer fired before it was done: the checkpoint, and so the plan, is behind.
 * Recorded and counted once, however often the job is delivered; the account manager hears of it in
 * the same write ({@link OnboardingNotifications}).
 */
@Service
public class MarkingCheckpointBehind {

  private final UnitOfWork<OnboardingPlan> planWork;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public MarkingCheckpointBehind(
      UnitOfWork<OnboardingPlan> planWork, OnboardingMetrics metrics, Clock clock) {
    this.planWork = planWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Marks the checkpoint behind and says how many days late it is; a checkpoint done meanwhile is
   * left as it is ({@link Slip#behind()} false).
   */
  public Slip markBehind(String dealId, String checkpointId) {
    Instant now = clock.instant();
    AtomicReference<Slip> slip = new AtomicReference<>();
    boolean marked =
        planWork
            .change(
                dealId,
                plan -> {
                  PlanParts.requireCheckpoint(plan, checkpointId);
                  slip.set(plan.markBehind(checkpointId, now));
                  if (!slip.get().newlyBehind()) {
                    return false;
                  }
                  plan.notify(OnboardingNotifications.checkpointSlipped(plan, slip.get(), now));
                  return true;
                })
            .changed();
    if (marked) {
      metrics.checkpointSlipped(checkpointId);
    }
    return slip.get();
  }
}
