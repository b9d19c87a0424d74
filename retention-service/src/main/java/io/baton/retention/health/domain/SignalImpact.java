package io.baton.retention.health.domain;

import java.time.Instant;

/**
 * How many points one signal moves its component now (negative: down), after its effect faded with
 * age: the component's value with the signal minus its value without it.
 */
public record SignalImpact(String signalId, SignalType type, Instant occurredAt, double points) {}
