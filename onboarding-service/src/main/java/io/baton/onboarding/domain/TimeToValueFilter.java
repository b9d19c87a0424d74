package io.baton.onboarding.domain;

import java.time.LocalDate;

/**
 * Which plans the time-to-value figures count: those of one account manager or all (null), of one
 * segment or all (null), whose contract date is in [from, to] (a null bound means none).
 */
public record TimeToValueFilter(
    String accountManager, String segment, LocalDate from, LocalDate to) {}
