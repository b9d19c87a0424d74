package io.baton.onboarding.domain;

import java.time.Instant;

/**
 * Which plans to list; a null criterion means any. {@code overdueAt} keeps only plans with an open
 * checkpoint past its due date at that moment, whether or not the slip was recorded yet.
 */
public record PlanFilter(
    PlanStatus status, String accountManager, String segment, Instant overdueAt) {}
