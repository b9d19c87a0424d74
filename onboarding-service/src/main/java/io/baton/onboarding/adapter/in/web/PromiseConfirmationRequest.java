package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer confirmed a promise was kept: who confirmed it, with an optional note. */
record PromiseConfirmationRequest(
    @NotBlank @Size(max = 100) String confirmedBy, @Size(max = 4000) String note) {}
