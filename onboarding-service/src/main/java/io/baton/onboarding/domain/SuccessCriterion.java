package io.baton.onboarding.domain;

/** How the customer measures success: where they start and where they want to be. */
public record SuccessCriterion(String metric, String baseline, String target) {}
