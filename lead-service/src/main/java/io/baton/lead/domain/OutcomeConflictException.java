package io.baton.lead.domain;

/** The lead is closed with another outcome; it is never silently overwritten. */
public class OutcomeConflictException extends RuntimeException {

  public OutcomeConflictException(String leadId, LeadStatus status) {
    super("Lead " + leadId + " is closed as " + status.code() + "; a new inquiry makes a new lead");
  }
}
