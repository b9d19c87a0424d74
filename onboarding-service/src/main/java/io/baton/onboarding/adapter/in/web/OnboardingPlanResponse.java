package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import io.baton.onboarding.domain.SuccessCriterion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An onboarding plan as the API shows it. {@code overdue} says whether an open checkpoint is past
 * its due date now, whether or not the process has recorded the slip yet; {@code daysLate} counts
 * every day begun past the due date, until completion. {@code version} changes with every change.
 * {@code lineage} is where the customer came from and how it was brought in, as it goes to
 * retention (keys nobody knows left out; absent for a plan that never had one).
 */
record OnboardingPlanResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    String segment,
    BigDecimal arr,
    LocalDate contractDate,
    LocalDate renewalDate,
    Instant startedAt,
    LocalDate goLiveTarget,
    @Schema(allowableValues = {"on-track", "behind", "value-reached", "handed-over"}) String status,
    boolean overdue,
    List<CheckpointResponse> checkpoints,
    List<PromiseResponse> promises,
    List<SuccessCriterion> successCriteria,
    List<Blocker> blockers,
    Instant firstValueAt,
    Integer timeToValueDays,
    Instant handedOverAt,
    String handoffProcessInstanceKey,
    Lineage lineage,
    Long version) {

  static OnboardingPlanResponse of(OnboardingPlan plan, Instant now) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    List<CheckpointResponse> checkpoints =
        s.checkpoints().stream().map(c -> CheckpointResponse.of(c, now)).toList();
    return new OnboardingPlanResponse(
        s.dealId(),
        s.customerName(),
        s.accountManager(),
        s.handoffNote(),
        s.segment(),
        s.arr(),
        s.contractDate(),
        s.renewalDate(),
        s.startedAt(),
        s.goLiveTarget(),
        plan.status().code(),
        checkpoints.stream().anyMatch(CheckpointResponse::overdue),
        checkpoints,
        s.promises().stream().map(PromiseResponse::of).toList(),
        s.successCriteria(),
        s.blockers(),
        s.firstValueAt(),
        s.timeToValueDays(),
        s.handedOverAt(),
        s.handoffProcessInstanceKey() == null
            ? null
            : String.valueOf(s.handoffProcessInstanceKey()),
        s.lineage(),
        s.version());
  }

  /** One checkpoint with its timestamps and, once done, its evidence. */
  record CheckpointResponse(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String checkpointId,
      String name,
      @Schema(allowableValues = {"pending", "on-track", "behind", "done"}) String status,
      @Schema(description = "May be completed only after every checkpoint before it")
          boolean inOrder,
      Instant startedAt,
      Instant dueAt,
      Instant completedAt,
      Instant behindSince,
      long daysLate,
      boolean overdue,
      String evidence,
      String completedBy) {

    static CheckpointResponse of(Checkpoint c, Instant now) {
      return new CheckpointResponse(
          c.checkpointId(),
          c.name(),
          c.status().code(),
          c.inOrder(),
          c.startedAt(),
          c.dueAt(),
          c.completedAt(),
          c.behindSince(),
          c.daysLateAt(now),
          c.isOverdueAt(now),
          c.evidence(),
          c.completedBy());
    }
  }

  /**
   * One promise of the brief; {@code note} is the confirmation note or the reason it was missed.
   */
  record PromiseResponse(
      String promiseId,
      String text,
      String owner,
      LocalDate dueDate,
      @Schema(allowableValues = {"pending", "confirmed", "missed"}) String status,
      String recordedBy,
      Instant recordedAt,
      String note) {

    static PromiseResponse of(Promise p) {
      return new PromiseResponse(
          p.promiseId(),
          p.text(),
          p.owner(),
          p.dueDate(),
          p.status().code(),
          p.recordedBy(),
          p.recordedAt(),
          p.note());
    }
  }
}
