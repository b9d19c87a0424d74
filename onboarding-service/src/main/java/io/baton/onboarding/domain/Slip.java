package io.baton.onboarding.domain;

/**
 * A checkpoint's due date passed. {@code behind} is false when the checkpoint was done after all
 * (then there is nothing to escalate); {@code newlyBehind} is true only for the call that recorded
 * the slip, so a redelivered job does not count it twice.
 */
public record Slip(String checkpointId, long daysLate, boolean behind, boolean newlyBehind) {}
