package io.baton.lead.application;

import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Leads;
import io.baton.support.web.NotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * A rep tried to reach a lead. The first attempt is the lead's first contact, measured as {@code
 * baton.lead.time.to.first.contact} per source channel.
 */
@Service
public class RecordingAttempt {

  static final String TIME_TO_FIRST_CONTACT = "baton.lead.time.to.first.contact";
  private static final int TRIES = 5;

  private final Leads leads;
  private final Clock clock;
  private final MeterRegistry meterRegistry;

  public RecordingAttempt(Leads leads, Clock clock, MeterRegistry meterRegistry) {
    this.leads = leads;
    this.clock = clock;
    this.meterRegistry = meterRegistry;
  }

  /**
   * Records the attempt; {@code at} null means now, and is kept to the millisecond, as MongoDB
   * stores it. Retries when another attempt on the same lead was stored meanwhile.
   */
  public Recording record(
      String leadId, AttemptChannel channel, AttemptOutcome outcome, String notes, Instant at) {
    Instant when = at == null ? clock.instant() : at.truncatedTo(ChronoUnit.MILLIS);
    Attempt attempt = new Attempt(channel, outcome, notes, when);
    for (int tries = 1; ; tries++) {
      Lead lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
      boolean firstContact = lead.firstContactAt() == null;
      if (!lead.record(attempt)) {
        return new Recording(lead, false);
      }
      try {
        Lead stored = leads.update(lead);
        if (firstContact) {
          timeToFirstContact(stored).record(stored.timeToFirstContact());
        }
        return new Recording(stored, true);
      } catch (OptimisticLockingFailureException e) {
        if (tries == TRIES) {
          throw e;
        }
      }
    }
  }

  private Timer timeToFirstContact(Lead lead) {
    return Timer.builder(TIME_TO_FIRST_CONTACT)
        .description("From receiving a lead to its first follow-up attempt")
        .tag("channel", lead.source().channel().code())
        .register(meterRegistry);
  }

  /** The lead with the attempt, and whether this call added it. */
  public record Recording(Lead lead, boolean created) {}
}
