package io.baton.retention.health.application;

/** The same signal id was received before with different data or for another customer. */
public class ConflictingSignalException extends RuntimeException {

  public ConflictingSignalException(String signalId) {
    super("Signal " + signalId + " was received already with different data");
  }
}
