package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Handover;
import java.time.Instant;
import java.util.List;

/**
 * Onboarding hands the customer to retention: when first value came, how long it took, what became
 * of each promise made in the sale, and how each onboarding checkpoint went.
 */
public record HandOverCustomer(
    String customerId,
    Instant firstValueAt,
    Integer timeToValueDays,
    List<Handover.PromiseStatus> promises,
    List<Handover.CheckpointRecord> onboardingHistory) {}
