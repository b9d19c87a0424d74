package io.baton.lead.application;

import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import java.time.Instant;

/**
 * Record a rep's try to reach a lead ({@link RecordingAttempt}).
 *
 * @param at when the rep tried; null means now
 * @param reference the process task the attempt was reported in; null for the API
 * @param announce whether the attempt was reported outside the follow-up process, which then hears
 *     it
 */
public record RecordAttempt(
    String leadId,
    AttemptChannel channel,
    AttemptOutcome outcome,
    String notes,
    Instant at,
    String reference,
    boolean announce) {}
