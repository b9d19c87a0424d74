package io.baton.retention.customer.domain;

/** A change the customer does not allow in its current lifecycle. */
public class CustomerStateException extends RuntimeException {

  public CustomerStateException(String message) {
    super(message);
  }
}
