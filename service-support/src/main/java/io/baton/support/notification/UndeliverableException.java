package io.baton.support.notification;

/**
 * A delivery no further try can make (the receiver refused it, or its address is not allowed): the
 * relay keeps it as a dead letter at once, with this message as its last error.
 */
public class UndeliverableException extends RuntimeException {

  public UndeliverableException(String message) {
    super(message);
  }
}
