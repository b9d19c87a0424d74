package io.baton.retention.saveplay.domain;

import io.baton.retention.shared.domain.StateConflictException;

/** A change the intervention does not allow in its current status. */
public class InterventionStateException extends StateConflictException {

  public InterventionStateException(String message) {
    super(message);
  }
}
