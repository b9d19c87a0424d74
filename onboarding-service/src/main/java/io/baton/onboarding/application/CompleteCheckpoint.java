package io.baton.onboarding.application;

import java.time.Instant;

/**
 * Complete a checkpoint of a deal's onboarding plan with its evidence ({@link
 * CompletingCheckpoint}).
 *
 * @param completedAt when it was done; null means now
 */
public record CompleteCheckpoint(
    String dealId, String checkpointId, String evidence, String completedBy, Instant completedAt) {}
