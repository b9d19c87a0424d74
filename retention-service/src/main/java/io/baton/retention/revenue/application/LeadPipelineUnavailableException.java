package io.baton.retention.revenue.application;

/** lead-service could not give its pipeline counts now; the figures go on without them. */
public class LeadPipelineUnavailableException extends RuntimeException {

  public LeadPipelineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
