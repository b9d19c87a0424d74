package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.PlanTemplate;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * A checkpoint is done: completed through the API (the process hears it as {@code
 * checkpoint-completed}) or confirmed by a person in the process's own user task. Completing {@code
 * first-value} stores the customer's time to value.
 */
@Service
public class CompletingCheckpoint {

  private final UnitOfWork<OnboardingPlan> planWork;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public CompletingCheckpoint(
      UnitOfWork<OnboardingPlan> planWork, OnboardingMetrics metrics, Clock clock) {
    this.planWork = planWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Completes a checkpoint with its evidence; {@code completedAt} null means now. The same
   * completion again changes nothing.
   *
   * @throws io.baton.onboarding.domain.OnboardingPlanStateException when it was completed otherwise
   *     before, or an earlier checkpoint its template orders first is still open
   */
  public Completion complete(CompleteCheckpoint command) {
    Instant now = clock.instant();
    Instant completedAt = command.completedAt();
    Instant at = completedAt == null ? null : completedAt.truncatedTo(ChronoUnit.MILLIS);
    String checkpointId = command.checkpointId();
    Changed<OnboardingPlan> completion =
        counted(
            planWork.change(
                command.dealId(),
                plan -> {
                  PlanParts.requireCheckpoint(plan, checkpointId);
                  return plan.complete(
                      checkpointId, command.evidence(), command.completedBy(), at, now);
                }),
            checkpointId);
    return new Completion(completion.value(), completion.changed());
  }

  /**
   * Records who completes the checkpoint's confirm task, before the process records their
   * confirmation.
   */
  public OnboardingPlan recordConfirmer(String dealId, String checkpointId, String confirmedBy) {
    return planWork
        .change(
            dealId,
            plan -> {
              PlanParts.requireCheckpoint(plan, checkpointId);
              return plan.recordConfirmer(checkpointId, confirmedBy);
            })
        .value();
  }

  /**
   * Records that the user who completed the checkpoint's confirm task confirmed it, now. A
   * checkpoint done already stays as it is, so a redelivered job changes nothing.
   *
   * @throws io.baton.onboarding.domain.OnboardingPlanStateException when nobody completed the
   *     confirm task, or an earlier checkpoint its template orders first is still open
   */
  public OnboardingPlan recordConfirmation(String dealId, String checkpointId, String evidence) {
    Instant now = clock.instant();
    return counted(
            planWork.change(
                dealId,
                plan -> {
                  PlanParts.requireCheckpoint(plan, checkpointId);
                  return plan.recordConfirmation(checkpointId, evidence, now);
                }),
            checkpointId)
        .value();
  }

  private Changed<OnboardingPlan> counted(Changed<OnboardingPlan> completion, String checkpointId) {
    if (completion.changed() && checkpointId.equals(PlanTemplate.FIRST_VALUE)) {
      metrics.firstValueReached(completion.value());
    }
    return completion;
  }

  /** The plan after the completion, and whether this call completed the checkpoint. */
  public record Completion(OnboardingPlan plan, boolean completed) {}
}
