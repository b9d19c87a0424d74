package io.baton.onboarding.application;

/**
 * retention-service cannot answer now — down, too slow, or its circuit breaker is open. Not a
 * business answer: the job fails and the engine retries it with a backoff.
 */
public class RetentionUnavailableException extends RuntimeException {

  public RetentionUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
