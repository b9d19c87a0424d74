package io.baton.lead.application;

import io.baton.lead.domain.LeadStatus;

/**
 * Search the most recent leads ({@link LeadQueries}); a null status, owner or external id means
 * any.
 *
 * @param externalId keep only the lead the source (a CRM, a form) knows by this id
 * @param overdue keep only the open leads nobody has tried although first contact was due
 * @param limit how many leads at most
 */
public record SearchLeads(
    LeadStatus status, String owner, String externalId, boolean overdue, int limit) {}
