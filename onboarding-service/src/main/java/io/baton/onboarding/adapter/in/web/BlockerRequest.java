package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What holds a checkpoint up. Who says so is the signed-in user; {@code reportedBy}, if given, must
 * name them.
 */
record BlockerRequest(
    @NotBlank @Size(max = 64) String checkpointId,
    @NotBlank @Size(max = 4000) String description,
    @Size(max = 100) String reportedBy) {}
