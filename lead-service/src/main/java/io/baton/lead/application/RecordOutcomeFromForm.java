package io.baton.lead.application;

import io.baton.lead.domain.OutcomeForm;

/**
 * Record the outcome a rep picked in the follow-up's qualification form ({@link RecordingOutcome}).
 *
 * @param owner the lead's owner, who records it; null when nobody owns the lead
 */
public record RecordOutcomeFromForm(String leadId, OutcomeForm form, String notes, String owner) {}
