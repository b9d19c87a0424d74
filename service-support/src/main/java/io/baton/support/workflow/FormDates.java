package io.baton.support.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as Camunda Forms leave them in process variables ({@code 2027-01-15}, or a date-time). */
public final class FormDates {

  private FormDates() {}

  /**
   * The date a form entered, or null when it is empty or not a date (then it counts as missing).
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
