package io.baton.lead.application;

/**
 * Record a sales manager's review of a lead nobody reached in time ({@link EscalatingLead}).
 *
 * @param newOwner the rep the manager gave the lead to; null or blank when they named nobody
 * @param followUpKey the lead's follow-up, whose first-contact task follows the new owner
 */
public record RecordManagerReview(String leadId, String newOwner, String note, long followUpKey) {}
