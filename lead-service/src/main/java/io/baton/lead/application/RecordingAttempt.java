package io.baton.lead.application;

import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.Lead;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * A rep tried to reach a lead, reported through the API or in the attempt form of the follow-up.
 * The first attempt is the lead's first contact, measured per source channel.
 */
@Service
public class RecordingAttempt {

  private final UnitOfWork<Lead> leadWork;
  private final LeadMetrics metrics;
  private final Clock clock;

  public RecordingAttempt(UnitOfWork<Lead> leadWork, LeadMetrics metrics, Clock clock) {
    this.leadWork = leadWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Records the attempt; its time ({@code at}, null means now) is kept to the millisecond, as
   * MongoDB stores it. An attempt reported outside the follow-up process ({@code announce}) is
   * announced to it.
   */
  public Recording record(RecordAttempt command) {
    Instant now = clock.instant();
    Attempt attempt =
        new Attempt(
            command.channel(),
            command.outcome(),
            command.notes(),
            command.at() == null ? now : command.at().truncatedTo(ChronoUnit.MILLIS),
            command.reference());
    boolean[] firstContact = new boolean[1];
    Changed<Lead> change =
        leadWork.change(
            command.leadId(),
            lead -> {
              firstContact[0] = lead.firstContactAt() == null;
              return lead.record(attempt, command.announce(), now);
            });
    if (change.changed() && firstContact[0]) {
      metrics.firstContact(change.value());
    }
    return new Recording(change.value(), change.changed());
  }

  /** The lead with the attempt, and whether this call added it. */
  public record Recording(Lead lead, boolean created) {}
}
