package io.baton.onboarding.application;

/** retention-service does not know the customer (yet): register it first. */
public class RetentionCustomerUnknownException extends RuntimeException {

  public RetentionCustomerUnknownException(String customerId) {
    super("retention-service does not know customer " + customerId);
  }
}
