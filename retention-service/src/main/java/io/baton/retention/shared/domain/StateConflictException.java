package io.baton.retention.shared.domain;

/**
 * A change that the current state of a customer or an intervention does not allow (answered 409).
 */
public abstract class StateConflictException extends RuntimeException {

  protected StateConflictException(String message) {
    super(message);
  }
}
