package io.baton.onboarding.domain;

import java.time.Instant;

/**
 * The onboarding of one customer, started when an account manager accepted the handoff of the
 * deal. One per deal.
 */
public record Onboarding(
    String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    long processInstanceKey,
    Instant startedAt) {}
