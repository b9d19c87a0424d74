package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A checkpoint done: the evidence (a link, a note) and when (default now). Who completed it is the
 * signed-in user; {@code completedBy}, if given, must name them.
 */
record CheckpointCompletionRequest(
    @NotBlank @Size(max = 4000) String evidence,
    @Size(max = 100) String completedBy,
    @PastOrPresent Instant completedAt) {}
