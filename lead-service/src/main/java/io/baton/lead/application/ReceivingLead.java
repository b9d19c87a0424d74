package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadIds;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Leads;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * A lead came in from a web form or the CRM: keep it once, and start its follow-up with its {@code
 * lead-received} message (through the lead's outbox, so it is never lost and never sent twice).
 * The same external id again, or the same contact email through the same campaign within the
 * duplicate window, is the lead we have. The unique indexes decide between two submissions of the
 * same lead that arrive at once.
 */
@Service
public class ReceivingLead {

  private static final int TRIES = 5;

  private final Leads leads;
  private final LeadProperties properties;
  private final OutboxRelay outboxRelay;
  private final LeadMetrics metrics;
  private final Clock clock;

  public ReceivingLead(
      Leads leads,
      LeadProperties properties,
      OutboxRelay outboxRelay,
      LeadMetrics metrics,
      Clock clock) {
    this.leads = leads;
    this.properties = properties;
    this.outboxRelay = outboxRelay;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Intake receive(LeadSubmission submission) {
    for (int tries = 0; tries < TRIES; tries++) {
      Instant now = clock.instant();
      try {
        Optional<Lead> known = knownLead(submission, now);
        if (known.isPresent()) {
          return new Intake(known.get(), false);
        }
        Optional<Lead> added =
            leads.add(Lead.receive(LeadIds.next(), submission, now, CorrelationId.current()));
        if (added.isPresent()) {
          outboxRelay.publishPendingOf(LeadChanges.COLLECTION, added.get().leadId());
          metrics.received(added.get());
          return new Intake(added.get(), true);
        }
      } catch (OptimisticLockingFailureException e) {
        // someone closed the same duplicate window meanwhile: look again
      }
    }
    throw new IllegalStateException(
        "Could not store a lead of campaign "
            + submission.source().campaign()
            + " in "
            + TRIES
            + " tries");
  }

  private Optional<Lead> knownLead(LeadSubmission submission, Instant now) {
    if (submission.externalId() != null) {
      Optional<Lead> byExternalId = leads.findByExternalId(submission.externalId());
      if (byExternalId.isPresent()) {
        return byExternalId;
      }
    }
    Optional<Lead> byContact = leads.findByContactKey(submission.contactKey());
    if (byContact.isEmpty()
        || byContact.get().takesDuplicatesAt(now, properties.duplicateWindow())) {
      return byContact;
    }
    Lead expired = byContact.get();
    expired.closeDuplicateWindow();
    leads.update(expired);
    return Optional.empty();
  }

  /** The lead, and whether this call received it first. */
  public record Intake(Lead lead, boolean created) {}
}
