package io.baton.onboarding.domain;

import java.time.LocalDate;

/**
 * What one plan adds to the time-to-value figures; {@code timeToValueDays} is null before first
 * value.
 */
public record TimeToValueSample(LocalDate contractDate, String segment, Integer timeToValueDays) {}
