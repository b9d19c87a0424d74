package io.baton.lead.adapter.out.mongo;

import io.baton.lead.domain.Assignment;
import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.Escalation;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadStatus;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Outcome;
import io.baton.lead.domain.PlayDecision;
import io.baton.lead.domain.Source;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead as stored: one document per lead, with its play, owners, attempts, escalations, outcome
 * outbox and notifications inside. The unique indexes on {@code externalId} and {@code contactKey}
 * keep a lead from being stored twice, however many submissions of it arrive at once; {@code
 * contactKey} is removed when the duplicate window closes.
 */
@Document(LeadDocument.COLLECTION)
record LeadDocument(
    @Id String leadId,
    @Indexed(unique = true, sparse = true) String externalId,
    @Indexed(unique = true, sparse = true) String contactKey,
    Company company,
    Contact contact,
    Source source,
    Interest interest,
    String intent,
    @Indexed Instant receivedAt,
    String correlationId,
    @Indexed LeadStatus status,
    PlayDecision play,
    @Indexed String owner,
    Instant firstContactDueAt,
    Long processInstanceKey,
    Instant firstContactAt,
    List<Assignment> assignments,
    List<Attempt> attempts,
    List<Escalation> escalations,
    Instant qualifiedAt,
    Outcome outcome,
    List<OutboxMessage> outbox,
    List<Notification> notifications,
    @Version Long version) {

  static final String COLLECTION = "leads";

  static LeadDocument of(Lead lead) {
    Lead.Snapshot s = lead.snapshot();
    LeadSubmission submission = s.submission();
    return new LeadDocument(
        s.leadId(),
        submission.externalId(),
        s.contactKey(),
        submission.company(),
        submission.contact(),
        submission.source(),
        submission.interest(),
        submission.intent(),
        s.receivedAt(),
        s.correlationId(),
        s.status(),
        s.play(),
        lead.owner(),
        s.firstContactDueAt(),
        s.processInstanceKey(),
        lead.firstContactAt(),
        s.assignments(),
        s.attempts(),
        s.escalations(),
        s.qualifiedAt(),
        s.outcome(),
        s.outbox(),
        s.notifications(),
        s.version());
  }

  Lead toLead() {
    return Lead.restore(
        new Lead.Snapshot(
            leadId,
            new LeadSubmission(externalId, company, contact, source, interest, intent, receivedAt),
            receivedAt,
            correlationId,
            contactKey,
            status,
            play,
            firstContactDueAt,
            processInstanceKey,
            assignments,
            attempts,
            escalations,
            qualifiedAt,
            outcome,
            outbox,
            notifications,
            version));
  }
}
