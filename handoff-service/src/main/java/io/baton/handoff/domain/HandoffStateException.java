package io.baton.handoff.domain;

/** A change the handoff does not allow in its current status. */
public class HandoffStateException extends RuntimeException {

  public HandoffStateException(String message) {
    super(message);
  }
}
