package io.baton.retention.saveplay.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a save play ended: the customer's ARR before and after, the ARR it kept (at most what it had:
 * expansion is not counted as saved) and lost, who worked it, which play, notes, and when the
 * customer decided ({@code recordedAt}: the report's {@code decidedAt}, else when it was recorded).
 */
public record InterventionOutcome(
    Outcome outcome,
    BigDecimal arrBefore,
    BigDecimal arrAfter,
    BigDecimal arrKept,
    BigDecimal arrLost,
    String workedBy,
    String play,
    String notes,
    Instant recordedAt) {}
