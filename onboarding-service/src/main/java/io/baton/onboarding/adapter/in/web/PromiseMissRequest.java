package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A promise was not kept, and why. Who says so is the signed-in user; {@code reportedBy}, if given,
 * must name them.
 */
record PromiseMissRequest(
    @NotBlank @Size(max = 4000) String reason, @Size(max = 100) String reportedBy) {}
