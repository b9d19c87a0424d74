package io.baton.onboarding.domain;

/**
 * The blocker a report names, and whether this report added it (false: the same was reported
 * before).
 */
public record BlockerReport(Blocker blocker, boolean added) {}
