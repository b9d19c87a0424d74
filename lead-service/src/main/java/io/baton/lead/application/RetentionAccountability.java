package io.baton.lead.application;

import java.time.LocalDate;

/** retention-service's revenue accountability, as far as the campaign feedback needs it. */
public interface RetentionAccountability {

  /**
   * The figures per value of {@code dimension} for the customers closed from {@code from} to {@code
   * to} (both included).
   *
   * @throws RetentionUnavailableException when retention refuses or cannot answer now
   */
  RetentionFigures read(RetentionFigures.Dimension dimension, LocalDate from, LocalDate to);

  /** retention-service refused or could not answer: the feedback goes on without its figures. */
  class RetentionUnavailableException extends RuntimeException {
    public RetentionUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
