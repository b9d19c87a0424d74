package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A checkpoint done: the evidence (a link, a note), who completed it, and when (default now). */
record CheckpointCompletionRequest(
    @NotBlank @Size(max = 4000) String evidence,
    @NotBlank @Size(max = 100) String completedBy,
    @PastOrPresent Instant completedAt) {}
