package io.baton.lead.domain;

import java.util.Locale;

/**
 * A lead as a web form or a CRM submits it; {@code interest} is optional, {@code intent} free text.
 */
public record LeadSubmission(
    String externalId,
    Company company,
    Contact contact,
    Source source,
    Interest interest,
    String intent) {

  /**
   * What makes two submissions without a shared external id the same lead: the contact's email
   * (case-insensitive) asking through the same campaign.
   */
  public String contactKey() {
    return contact.email().strip().toLowerCase(Locale.ROOT) + "|" + source.campaign().strip();
  }
}
