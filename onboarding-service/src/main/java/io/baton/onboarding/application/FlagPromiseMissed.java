package io.baton.onboarding.application;

/** Flag a promise from the brief as missed ({@link ResolvingPromise}). */
public record FlagPromiseMissed(
    String dealId, String promiseId, String reason, String reportedBy) {}
