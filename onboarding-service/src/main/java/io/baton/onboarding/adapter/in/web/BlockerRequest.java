package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What holds a checkpoint up, and who says so. */
record BlockerRequest(
    @NotBlank @Size(max = 64) String checkpointId,
    @NotBlank @Size(max = 4000) String description,
    @NotBlank @Size(max = 100) String reportedBy) {}
