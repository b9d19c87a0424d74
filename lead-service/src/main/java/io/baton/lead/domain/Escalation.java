package io.baton.lead.domain;

import java.time.Instant;

/** A speed-to-lead escalation that happened to the lead, with what was done about it. */
public record Escalation(EscalationStage stage, Instant at, String note) {}
