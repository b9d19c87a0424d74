package io.baton.retention.saveplay.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A service agent asks for a save play: why, the ticket it came from, if any, and when the ticket
 * or call came in ({@code requestedAt}: for importing history; defaults to now). Who asks is the
 * signed-in user; {@code triggeredBy}, if given, must name them.
 */
record SavePlayRequest(
    @NotBlank @Size(max = 500) String reason,
    @Size(max = 100) String sourceTicket,
    @Size(max = 100) String triggeredBy,
    @PastOrPresent Instant requestedAt) {}
