package io.baton.onboarding.application;

/**
 * handoff-service cannot answer now — down, too slow, refusing, or its circuit breaker is open. Not
 * an answer about the deal: the caller tries again later.
 */
public class HandoffUnavailableException extends RuntimeException {

  public HandoffUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
