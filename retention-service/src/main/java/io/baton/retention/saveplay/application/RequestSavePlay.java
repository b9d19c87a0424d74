package io.baton.retention.saveplay.application;

/**
 * A service agent asks for a save play for a customer: why, from which ticket (optional), who asks,
 * and the correlation id the save play's process carries on.
 */
public record RequestSavePlay(
    String customerId,
    String reason,
    String sourceTicket,
    String triggeredBy,
    String correlationId) {}
