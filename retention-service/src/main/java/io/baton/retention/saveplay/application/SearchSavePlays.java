package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.InterventionStatus;

/**
 * Which save plays to list: by status, by customer and for the customers of an account manager
 * (each null means any), at most {@code limit}.
 */
public record SearchSavePlays(
    InterventionStatus status, String customerId, String accountManager, int limit) {}
