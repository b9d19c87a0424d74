package io.baton.handoff.application;

import io.baton.handoff.domain.LeadContext;
import java.util.Optional;

/** Where handoff-service learns what acquisition knew about a lead (lead-service). */
public interface LeadDirectory {

  /**
   * The lead's context, or empty if no such lead exists.
   *
   * @throws RuntimeException when the directory cannot answer now; the caller retries later
   */
  Optional<LeadContext> contextOf(String leadId);

  /**
   * The id of the lead its source (a CRM) knows by {@code externalId}, or empty if acquisition has
   * no such lead.
   *
   * @throws LeadDirectoryUnavailableException when the directory cannot answer now
   */
  Optional<String> leadIdOf(String externalId);
}
