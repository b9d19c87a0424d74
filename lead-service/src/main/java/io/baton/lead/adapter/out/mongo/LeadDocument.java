package io.baton.lead.adapter.out.mongo;

import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.Source;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A lead as stored: one document per lead, its attempts inside. The unique indexes on {@code
 * externalId} and {@code contactKey} keep a lead from being stored twice, however many submissions
 * of it arrive at once; {@code contactKey} is removed when the duplicate window closes.
 */
@Document(LeadDocument.COLLECTION)
record LeadDocument(
    @Id String leadId,
    @Indexed(unique = true, sparse = true) String externalId,
    @Indexed(unique = true, sparse = true) String contactKey,
    Company company,
    Contact contact,
    Source source,
    String intent,
    @Indexed Instant receivedAt,
    Instant firstContactAt,
    List<Attempt> attempts,
    @Version Long version) {

  static final String COLLECTION = "leads";

  static LeadDocument of(Lead lead) {
    return new LeadDocument(
        lead.leadId(),
        lead.externalId(),
        lead.contactKey(),
        lead.company(),
        lead.contact(),
        lead.source(),
        lead.intent(),
        lead.receivedAt(),
        lead.firstContactAt(),
        lead.attempts(),
        lead.version());
  }

  Lead toLead() {
    return Lead.restore(
        leadId,
        new LeadSubmission(externalId, company, contact, source, intent),
        receivedAt,
        contactKey,
        attempts == null ? List.of() : attempts,
        version);
  }
}
