package io.baton.retention.revenue.domain;

import io.baton.retention.shared.domain.InputProblem;
import io.baton.retention.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/**
 * The days whose customers (by contract date; the losses by the day of their churn, {@link Basis})
 * and leads (by the day they came in) the figures count, {@code from} and {@code to} included.
 */
public record RevenuePeriod(LocalDate from, LocalDate to) {

  public RevenuePeriod {
    if (from.isAfter(to)) {
      throw new InvalidInputException(
          List.of(new InputProblem("from", "must be on or before to (" + to + ")")));
    }
  }

  /**
   * The period asked for: {@code to} defaults to today, {@code from} to twelve months before {@code
   * to} (the day after the same date a year before: twelve months of days).
   */
  public static RevenuePeriod of(LocalDate from, LocalDate to, LocalDate today) {
    LocalDate end = to != null ? to : today;
    return new RevenuePeriod(from != null ? from : end.minusMonths(12).plusDays(1), end);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
