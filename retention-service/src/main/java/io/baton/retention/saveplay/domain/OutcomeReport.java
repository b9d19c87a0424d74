package io.baton.retention.saveplay.domain;

import io.baton.retention.shared.domain.InputProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a save play as the person who worked it reports it. {@code arrAfter} is the ARR
 * the customer has from the decision on: for a save it defaults to the ARR before, for churn it is
 * 0, a downgrade must name it. {@code play} defaults to the play type decided for the intervention.
 * {@code decidedAt} is when the customer decided (history imported from another tool); null means
 * when the outcome is recorded. It is kept to the millisecond, as MongoDB stores it.
 */
public record OutcomeReport(
    Outcome outcome,
    BigDecimal arrAfter,
    String workedBy,
    String play,
    String notes,
    Instant decidedAt) {

  public OutcomeReport {
    decidedAt = decidedAt == null ? null : decidedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** A report of an outcome decided now. */
  public OutcomeReport(
      Outcome outcome, BigDecimal arrAfter, String workedBy, String play, String notes) {
    this(outcome, arrAfter, workedBy, play, notes, null);
  }

  /** When the customer decided: {@code decidedAt}, else {@code now}. */
  public Instant decidedAt(Instant now) {
    return decidedAt == null ? now : decidedAt;
  }

  /**
   * What is wrong with this report for an intervention requested at {@code requestedAt} on a
   * customer with {@code arrBefore}.
   */
  List<InputProblem> problems(BigDecimal arrBefore, PlayDecision decision, Instant requestedAt) {
    List<InputProblem> problems = new ArrayList<>();
    if (decidedAt != null && requestedAt != null && decidedAt.isBefore(requestedAt)) {
      problems.add(
          new InputProblem(
              "decidedAt", "must not be before the save play was requested (" + requestedAt + ")"));
    }
    if (outcome == null) {
      problems.add(new InputProblem("outcome", "must be saved, downgraded or churned"));
    }
    if (workedBy == null || workedBy.isBlank()) {
      problems.add(new InputProblem("workedBy", "must name who worked the save play"));
    }
    if (play == null && decision == null) {
      problems.add(new InputProblem("play", "must name the play worked, as none was decided"));
    }
    if (play != null && !PlayDecision.PLAY_TYPE.matcher(play).matches()) {
      problems.add(new InputProblem("play", "must be a kebab-case play type"));
    }
    if (outcome == null) {
      return List.copyOf(problems);
    }
    switch (outcome) {
      case SAVED -> {
        if (arrAfter != null && arrAfter.signum() <= 0) {
          problems.add(new InputProblem("arrAfter", "must be more than 0 for a saved customer"));
        }
      }
      case DOWNGRADED -> {
        if (arrAfter == null || arrAfter.signum() <= 0 || arrAfter.compareTo(arrBefore) >= 0) {
          problems.add(
              new InputProblem(
                  "arrAfter",
                  "must be more than 0 and less than the ARR before ("
                      + arrBefore.toPlainString()
                      + ") for a downgrade"));
        }
      }
      case CHURNED -> {
        if (arrAfter != null && arrAfter.signum() != 0) {
          problems.add(
              new InputProblem("arrAfter", "must be 0 or left out for a churned customer"));
        }
      }
    }
    return List.copyOf(problems);
  }

  InterventionOutcome resolve(BigDecimal arrBefore, PlayDecision decision, Instant now) {
    BigDecimal after =
        switch (outcome) {
          case SAVED -> arrAfter == null ? arrBefore : arrAfter;
          case DOWNGRADED -> arrAfter;
          case CHURNED -> BigDecimal.ZERO;
        };
    BigDecimal kept = after.min(arrBefore);
    return new InterventionOutcome(
        outcome,
        arrBefore,
        after,
        kept,
        arrBefore.subtract(kept),
        workedBy,
        play != null ? play : decision.playType(),
        notes,
        decidedAt(now));
  }

  /** Whether this report is the one that gave {@code recorded}, reported again. */
  boolean reported(InterventionOutcome recorded) {
    return outcome == recorded.outcome()
        && workedBy.equals(recorded.workedBy())
        && (arrAfter == null || arrAfter.compareTo(recorded.arrAfter()) == 0)
        && (play == null || play.equals(recorded.play()))
        && (decidedAt == null || decidedAt.equals(recorded.recordedAt()));
  }
}
