package io.baton.lead.adapter.in.web;

import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A follow-up attempt as a rep reports it; {@code at} defaults to now. */
record AttemptRequest(
    @NotNull AttemptChannel channel,
    @NotNull AttemptOutcome outcome,
    @Size(max = 4000) String notes,
    @PastOrPresent Instant at) {}
