package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A promise was not kept: why, and who says so. */
record PromiseMissRequest(
    @NotBlank @Size(max = 4000) String reason, @NotBlank @Size(max = 100) String reportedBy) {}
