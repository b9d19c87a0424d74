package io.baton.onboarding.application;

import java.time.YearMonth;

/**
 * Measure time to value per month of close and segment ({@link OnboardingQueries}); a null account
 * manager or segment means all, a null month no bound.
 *
 * @param from the first month of close, inclusive
 * @param to the last month of close, inclusive
 */
public record MeasureTimeToValue(
    String accountManager, String segment, YearMonth from, YearMonth to) {}
