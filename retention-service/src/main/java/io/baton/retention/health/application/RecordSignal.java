package io.baton.retention.health.application;

import io.baton.retention.health.domain.SignalType;
import java.time.Instant;
import java.util.Map;

/**
 * A signal about a customer, as its sender reports it: the sender's id for it, what it reports,
 * when it happened, and the value and details its type needs.
 */
public record RecordSignal(
    String customerId,
    String signalId,
    SignalType type,
    Instant occurredAt,
    Double value,
    Map<String, String> details) {}
