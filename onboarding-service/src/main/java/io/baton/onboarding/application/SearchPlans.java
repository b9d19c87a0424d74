package io.baton.onboarding.application;

import io.baton.onboarding.domain.PlanStatus;

/**
 * Search onboarding plans ({@link OnboardingQueries}); a null status, account manager or segment
 * means any.
 *
 * @param segment a configured segment
 * @param overdueOnly keep only the plans with an open checkpoint past its due date now
 * @param limit how many plans at most
 */
public record SearchPlans(
    PlanStatus status, String accountManager, String segment, boolean overdueOnly, int limit) {}
