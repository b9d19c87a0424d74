package io.baton.retention.health.domain;

/**
 * A customer's new health and the history entry that explains it; {@code turnedRed} when it turned
 * red (not when it stays red), which asks for a save play.
 */
public record HealthUpdate(Health health, HealthChange change, boolean turnedRed) {}
