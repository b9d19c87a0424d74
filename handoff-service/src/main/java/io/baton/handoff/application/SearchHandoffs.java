package io.baton.handoff.application;

import io.baton.handoff.domain.HandoffStatus;

/**
 * Search handoffs ({@link HandoffQueries}); a null status or owner means any.
 *
 * @param owner the sales owner or the account manager
 * @param overdueOnly keep only the handoffs waiting past the deadline of their brief or acceptance
 * @param limit how many handoffs at most
 */
public record SearchHandoffs(HandoffStatus status, String owner, boolean overdueOnly, int limit) {}
