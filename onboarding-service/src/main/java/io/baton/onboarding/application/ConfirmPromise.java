package io.baton.onboarding.application;

/** Record that the customer confirmed a promise from the brief ({@link ResolvingPromise}). */
public record ConfirmPromise(String dealId, String promiseId, String confirmedBy, String note) {}
