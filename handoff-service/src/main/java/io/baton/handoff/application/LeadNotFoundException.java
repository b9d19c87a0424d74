package io.baton.handoff.application;

/** The deal names no lead, or a lead that acquisition does not know. */
public class LeadNotFoundException extends RuntimeException {

  public LeadNotFoundException(String dealId, String leadId) {
    super(
        leadId == null
            ? "Deal " + dealId + " names no lead"
            : "Lead " + leadId + " of deal " + dealId + " does not exist");
  }
}
