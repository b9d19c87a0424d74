package io.baton.retention.health.domain;

/**
 * One component of a health score: its value (0 to 100) and its weight in the customer's segment.
 */
public record ComponentScore(HealthComponent component, int value, int weight) {}
