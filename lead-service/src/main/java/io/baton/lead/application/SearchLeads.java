package io.baton.lead.application;

import io.baton.lead.domain.LeadStatus;

/**
 * Search the most recent leads ({@link LeadQueries}); a null status or owner means any.
 *
 * @param overdue keep only the open leads nobody has tried although first contact was due
 * @param limit how many leads at most
 */
public record SearchLeads(LeadStatus status, String owner, boolean overdue, int limit) {}
