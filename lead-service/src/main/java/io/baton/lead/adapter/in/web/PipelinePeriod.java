package io.baton.lead.adapter.in.web;

import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The days of the pipeline, both included: ISO dates, {@code from} not after {@code to}. */
record PipelinePeriod(LocalDate from, LocalDate to) {

  static PipelinePeriod parse(String from, String to) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.add(new FieldError("from", "must not be after to"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidPeriodException(errors);
    }
    return new PipelinePeriod(start, end);
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required (yyyy-MM-dd)"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date (yyyy-MM-dd)"));
      return null;
    }
  }

  /** A bad, missing or inverted date: 400 naming each wrong parameter. */
  static final class InvalidPeriodException extends RuntimeException {
    private final transient List<FieldError> errors;

    InvalidPeriodException(List<FieldError> errors) {
      super("invalid period");
      this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
      return errors;
    }
  }
}
