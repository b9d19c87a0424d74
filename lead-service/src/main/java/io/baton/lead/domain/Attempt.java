package io.baton.lead.domain;

import java.time.Instant;

/**
 * One try to reach the lead, and what came of it. {@code reference} identifies an attempt reported
 * in the follow-up process (its task), so reporting it again changes nothing; null for attempts
 * reported through the API.
 */
public record Attempt(
    AttemptChannel channel, AttemptOutcome outcome, String notes, Instant at, String reference) {}
