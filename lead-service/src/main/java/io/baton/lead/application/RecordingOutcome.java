package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.Outcome;
import io.baton.lead.domain.OutcomeForm;
import io.baton.lead.domain.OutcomeType;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A lead's outcome: qualified, disqualified or back in nurture with a reason from the taxonomy, or
 * converted into a won deal. Recorded once; a closed lead never takes another outcome.
 */
@Service
public class RecordingOutcome {

  /** Who records the outcome when the cadence ran out without contact. */
  public static final String FOLLOW_UP_PROCESS = "lead-follow-up";

  private final UnitOfWork<Lead> leadWork;
  private final LeadMetrics metrics;
  private final Clock clock;

  public RecordingOutcome(UnitOfWork<Lead> leadWork, LeadMetrics metrics, Clock clock) {
    this.leadWork = leadWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Records the outcome; one recorded outside the follow-up process ({@code announce}) is announced
   * to it, so the follow-up ends at once.
   */
  public Recording record(RecordOutcome command) {
    Outcome outcome =
        new Outcome(
            command.type(),
            command.reason(),
            command.notes(),
            command.deal(),
            command.recordedBy(),
            clock.instant());
    Changed<Lead> change =
        leadWork.change(command.leadId(), lead -> lead.record(outcome, command.announce()));
    if (change.changed()) {
      metrics.outcome(change.value(), outcome);
    }
    return new Recording(change.value(), change.changed());
  }

  /**
   * Records the outcome a rep picked in the qualification form of the follow-up, as its owner's
   * (the follow-up process's when nobody owns the lead).
   *
   * @throws IllegalArgumentException when the form names no outcome a rep can pick
   */
  public Recording recordFromForm(RecordOutcomeFromForm command) {
    OutcomeForm form = command.form();
    OutcomeType type =
        form.outcomeType()
            .orElseThrow(() -> new IllegalArgumentException("Unknown outcome " + form.outcome()));
    return record(
        new RecordOutcome(
            command.leadId(),
            type,
            form.lossReason().orElse(null),
            command.notes(),
            null,
            command.owner() == null ? FOLLOW_UP_PROCESS : command.owner(),
            false));
  }

  /** The cadence ran out without contact: the lead returns to nurture as unreachable. */
  public Lead returnUnreachableToNurture(String leadId) {
    return record(
            new RecordOutcome(
                leadId,
                OutcomeType.NURTURE,
                LossReason.UNREACHABLE,
                "No contact after the whole follow-up cadence",
                null,
                FOLLOW_UP_PROCESS,
                false))
        .lead();
  }

  /** The lead with its outcome, and whether this call recorded it. */
  public record Recording(Lead lead, boolean recorded) {}
}
