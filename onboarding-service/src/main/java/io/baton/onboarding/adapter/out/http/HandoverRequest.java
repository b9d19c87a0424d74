package io.baton.onboarding.adapter.out.http;

import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/customers/{customerId}/handover}: first value, time to value, how
 * every promise ended and the history of every checkpoint, with statuses in kebab-case, and the
 * customer's whole lineage — acquisition, handoff and onboarding keys (keys nobody knows left out).
 */
record HandoverRequest(
    Instant firstValueAt,
    Integer timeToValueDays,
    List<PromiseOutcome> promises,
    List<CheckpointHistory> onboardingHistory,
    Lineage lineage) {

  static HandoverRequest of(OnboardingPlan plan, Instant now) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    return new HandoverRequest(
        s.firstValueAt(),
        s.timeToValueDays(),
        s.promises().stream().map(PromiseOutcome::of).toList(),
        s.checkpoints().stream().map(checkpoint -> CheckpointHistory.of(checkpoint, now)).toList(),
        s.lineage());
  }

  record PromiseOutcome(String text, String status) {
    static PromiseOutcome of(Promise promise) {
      return new PromiseOutcome(promise.text(), promise.status().code());
    }
  }

  record CheckpointHistory(
      String checkpointId,
      String name,
      Instant dueAt,
      Instant completedAt,
      String status,
      long daysLate) {
    static CheckpointHistory of(Checkpoint checkpoint, Instant now) {
      return new CheckpointHistory(
          checkpoint.checkpointId(),
          checkpoint.name(),
          checkpoint.dueAt(),
          checkpoint.completedAt(),
          checkpoint.status().code(),
          checkpoint.daysLateAt(now));
    }
  }
}
