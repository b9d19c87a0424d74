package io.baton.lead.domain;

import java.time.Instant;

/** One try to reach the lead, and what came of it. */
public record Attempt(AttemptChannel channel, AttemptOutcome outcome, String notes, Instant at) {}
