package io.baton.retention.saveplay.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service agent asks for a save play: why, and the ticket it came from, if any. Who asks is the
 * signed-in user; {@code triggeredBy}, if given, must name them.
 */
record SavePlayRequest(
    @NotBlank @Size(max = 500) String reason,
    @Size(max = 100) String sourceTicket,
    @Size(max = 100) String triggeredBy) {}
