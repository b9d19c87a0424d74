package io.baton.onboarding.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One milestone of an onboarding plan (kickoff, technical setup, …), due at a moment computed from
 * the plan's start and its template offset. {@code inOrder} means it may be completed only after
 * every checkpoint before it is done. {@code startedAt} is when work on it began, {@code
 * behindSince} when its slip was recorded; a done checkpoint keeps both, with the evidence of its
 * completion. {@code confirmedBy} is the user completing its confirm task, as the engine names them
 * to the task's completing listener: a confirmation in the task is recorded as theirs.
 */
public record Checkpoint(
    String checkpointId,
    String name,
    boolean inOrder,
    CheckpointStatus status,
    Instant startedAt,
    Instant dueAt,
    Instant completedAt,
    Instant behindSince,
    String evidence,
    String completedBy,
    String confirmedBy) {

  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  public Checkpoint {
    Objects.requireNonNull(checkpointId, "checkpointId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  static Checkpoint planned(CheckpointTemplate template, Instant dueAt) {
    return new Checkpoint(
        template.id(),
        template.name(),
        template.inOrder(),
        CheckpointStatus.PENDING,
        null,
        dueAt,
        null,
        null,
        null,
        null,
        null);
  }

  public boolean isDone() {
    return status == CheckpointStatus.DONE;
  }

  /** Open and past its due date at {@code now}, whether or not the slip was recorded yet. */
  public boolean isOverdueAt(Instant now) {
    return !isDone() && dueAt.isBefore(now);
  }

  /**
   * Whole days past the due date, every day begun counting: at completion for a done checkpoint, at
   * {@code now} for an open one; 0 when it is (or was done) in time.
   */
  public long daysLateAt(Instant now) {
    Instant reference = isDone() ? completedAt : now;
    long lateMillis = reference.toEpochMilli() - dueAt.toEpochMilli();
    return lateMillis <= 0 ? 0 : (lateMillis + DAY_MILLIS - 1) / DAY_MILLIS;
  }

  boolean isSameCompletion(String evidence, String completedBy, Instant completedAt) {
    return isDone()
        && Objects.equals(this.evidence, evidence)
        && Objects.equals(this.completedBy, completedBy)
        && (completedAt == null || completedAt.equals(this.completedAt));
  }

  Checkpoint start(Instant at) {
    return status == CheckpointStatus.PENDING
        ? new Checkpoint(
            checkpointId,
            name,
            inOrder,
            CheckpointStatus.ON_TRACK,
            at,
            dueAt,
            null,
            null,
            null,
            null,
            confirmedBy)
        : this;
  }

  Checkpoint markBehind(Instant at) {
    return new Checkpoint(
        checkpointId,
        name,
        inOrder,
        CheckpointStatus.BEHIND,
        startedAt,
        dueAt,
        null,
        at,
        null,
        null,
        confirmedBy);
  }

  Checkpoint withConfirmer(String user) {
    return new Checkpoint(
        checkpointId,
        name,
        inOrder,
        status,
        startedAt,
        dueAt,
        completedAt,
        behindSince,
        evidence,
        completedBy,
        user);
  }

  Checkpoint complete(String evidence, String completedBy, Instant at) {
    Instant started = startedAt == null || startedAt.isAfter(at) ? at : startedAt;
    return new Checkpoint(
        checkpointId,
        name,
        inOrder,
        CheckpointStatus.DONE,
        started,
        dueAt,
        at,
        behindSince,
        evidence,
        completedBy,
        confirmedBy);
  }
}
