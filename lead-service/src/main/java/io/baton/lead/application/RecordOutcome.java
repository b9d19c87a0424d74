package io.baton.lead.application;

import io.baton.lead.domain.ConvertedDeal;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.OutcomeType;

/**
 * Record a lead's outcome ({@link RecordingOutcome}).
 *
 * @param reason why a disqualified or nurtured lead ended so, from the taxonomy
 * @param deal the won deal of a converted lead
 * @param announce whether the outcome was recorded outside the follow-up process, which then hears
 *     it and ends at once
 */
public record RecordOutcome(
    String leadId,
    OutcomeType type,
    LossReason reason,
    String notes,
    ConvertedDeal deal,
    String recordedBy,
    boolean announce) {}
