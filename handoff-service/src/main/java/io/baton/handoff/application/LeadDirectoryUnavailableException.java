package io.baton.handoff.application;

/** lead-service cannot answer now; nothing was stored, and the caller may try again shortly. */
public class LeadDirectoryUnavailableException extends RuntimeException {

  public LeadDirectoryUnavailableException(String question, Throwable cause) {
    super("lead-service cannot answer " + question + " now", cause);
  }
}
