package io.baton.lead.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * A lead as a web form or a CRM submits it; {@code interest} is optional, {@code intent} free text.
 * {@code receivedAt} is when the lead came in at its source (a lead imported from last year's CRM
 * came in then); null means when Baton receives it.
 */
public record LeadSubmission(
    String externalId,
    Company company,
    Contact contact,
    Source source,
    Interest interest,
    String intent,
    Instant receivedAt) {

  /** The same submission, received at {@code at}. */
  public LeadSubmission receivedAt(Instant at) {
    return new LeadSubmission(externalId, company, contact, source, interest, intent, at);
  }

  /**
   * What makes two submissions without a shared external id the same lead: the contact's email
   * (case-insensitive) asking through the same campaign.
   */
  public String contactKey() {
    return contact.email().strip().toLowerCase(Locale.ROOT) + "|" + source.campaign().strip();
  }
}
