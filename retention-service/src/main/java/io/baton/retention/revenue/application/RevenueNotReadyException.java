package io.baton.retention.revenue.application;

/** The revenue read model is still loading after a start; the caller may ask again shortly. */
public class RevenueNotReadyException extends RuntimeException {

  public RevenueNotReadyException(String message) {
    super(message);
  }
}
