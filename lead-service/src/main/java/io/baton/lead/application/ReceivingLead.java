package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadIds;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Leads;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A lead came in from a web form or the CRM: keep it once, and start its follow-up with its {@code
 * lead-received} message (through the lead's outbox, so it is never lost and never sent twice). The
 * same external id again, or the same contact email through the same campaign within the duplicate
 * window, is the lead we have. The unique indexes decide between two submissions of the same lead
 * that arrive at once.
 */
@Service
public class ReceivingLead {

  private final Leads leads;
  private final UnitOfWork<Lead> leadWork;
  private final LeadProperties properties;
  private final LeadMetrics metrics;
  private final Clock clock;

  public ReceivingLead(
      Leads leads,
      UnitOfWork<Lead> leadWork,
      LeadProperties properties,
      LeadMetrics metrics,
      Clock clock) {
    this.leads = leads;
    this.leadWork = leadWork;
    this.properties = properties;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Intake receive(LeadSubmission submission) {
    return leadWork.retry(
        "store a lead of campaign " + submission.source().campaign(), () -> intake(submission));
  }

  /**
   * The lead we have, or the new one; empty when someone stored the same lead meanwhile: look
   * again.
   */
  private Optional<Intake> intake(LeadSubmission submission) {
    Instant now = clock.instant();
    Optional<Lead> known = knownLead(submission, now);
    if (known.isPresent()) {
      return Optional.of(new Intake(known.get(), false));
    }
    Optional<Lead> added =
        leadWork.add(Lead.receive(LeadIds.next(), submission, now, CorrelationId.current()));
    added.ifPresent(metrics::received);
    return added.map(lead -> new Intake(lead, true));
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
