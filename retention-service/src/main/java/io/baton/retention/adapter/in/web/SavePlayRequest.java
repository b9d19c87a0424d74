package io.baton.retention.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A service agent asks for a save play: why, who asks, and the ticket it came from, if any. */
record SavePlayRequest(
    @NotBlank @Size(max = 500) String reason,
    @Size(max = 100) String sourceTicket,
    @NotBlank @Size(max = 100) String triggeredBy) {}
