package io.baton.retention.health.adapter.in.web;

import io.baton.retention.health.domain.SignalType;
import io.baton.retention.shared.adapter.in.web.RetentionIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/**
 * A signal about a customer. {@code signalId} is the sender's: sending it again is recognised. What
 * {@code value} and {@code details} each type needs is described on {@link SignalType}.
 */
record SignalRequest(
    @NotBlank
        @Size(max = 100)
        @Pattern(regexp = RetentionIds.SIGNAL_PATTERN, message = RetentionIds.SIGNAL_MESSAGE)
        String signalId,
    @NotNull SignalType type,
    @NotNull @PastOrPresent Instant occurredAt,
    Double value,
    @Size(max = 20) Map<String, String> details) {}
