package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadIds;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Leads;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A lead came in from a web form or the CRM: keep it once, and start its follow-up with its {@code
 * lead-received} message (through the lead's outbox, so it is never lost and never sent twice). The
 * same external id again, or the same contact email through the same campaign within the duplicate
 * window, is the lead we have. The unique indexes decide between two submissions of the same lead
 * that arrive at once.
 *
 * <p>A submission may say when the lead came in at its source (history imported from another tool);
 * the lead is received then, and the duplicate window counts from then. A lead whose window has
 * passed by now keeps no contact key, so it never takes the key of a lead still open.
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
   * again. A given received time is kept to the millisecond, as MongoDB stores it.
   */
  private Optional<Intake> intake(LeadSubmission submission) {
    Instant now = clock.instant();
    LeadSubmission received =
        submission.receivedAt(
            submission.receivedAt() == null
                ? now
                : submission.receivedAt().truncatedTo(ChronoUnit.MILLIS));
    Optional<Lead> known = knownLead(received, now);
    if (known.isPresent()) {
      return Optional.of(new Intake(known.get(), false));
    }
    Lead lead = Lead.receive(LeadIds.next(), received, now, CorrelationId.current());
    if (!lead.takesDuplicatesAt(now, properties.duplicateWindow())) {
      lead.closeDuplicateWindow();
    }
    Optional<Lead> added = leadWork.add(lead);
    added.ifPresent(metrics::received);
    return added.map(stored -> new Intake(stored, true));
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
        || byContact
            .get()
            .takesDuplicatesAt(submission.receivedAt(), properties.duplicateWindow())) {
      return byContact;
    }
    Lead other = byContact.get();
    if (!other.takesDuplicatesAt(now, properties.duplicateWindow())) {
      other.closeDuplicateWindow();
      leads.update(other);
    }
    return Optional.empty();
  }

  /** The lead, and whether this call received it first. */
  public record Intake(Lead lead, boolean created) {}
}
