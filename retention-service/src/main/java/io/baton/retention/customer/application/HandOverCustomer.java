package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lineage;
import java.time.Instant;
import java.util.List;

/**
 * Onboarding hands the customer to retention: when first value came, how long it took, what became
 * of each promise made in the sale, how each onboarding checkpoint went, and the lineage completed
 * with onboarding's part (null: nothing more known).
 */
public record HandOverCustomer(
    String customerId,
    Instant firstValueAt,
    Integer timeToValueDays,
    List<Handover.PromiseStatus> promises,
    List<Handover.CheckpointRecord> onboardingHistory,
    Lineage lineage) {}
