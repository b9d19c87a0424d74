package io.baton.retention.saveplay.domain;

/** A change the intervention does not allow in its current status. */
public class InterventionStateException extends RuntimeException {

  public InterventionStateException(String message) {
    super(message);
  }
}
