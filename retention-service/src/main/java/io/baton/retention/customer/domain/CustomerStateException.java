package io.baton.retention.customer.domain;

import io.baton.retention.shared.domain.StateConflictException;

/** A change the customer does not allow in its current lifecycle. */
public class CustomerStateException extends StateConflictException {

  public CustomerStateException(String message) {
    super(message);
  }
}
