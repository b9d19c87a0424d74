package io.baton.retention.saveplay.application;

import java.time.Instant;

/**
 * A service agent asks for a save play for a customer: why, from which ticket (optional), who asks,
 * the correlation id the save play's process carries on, and when the ticket or call came in
 * ({@code requestedAt}; null means now).
 */
public record RequestSavePlay(
    String customerId,
    String reason,
    String sourceTicket,
    String triggeredBy,
    String correlationId,
    Instant requestedAt) {}
