package io.baton.support.intake;

/**
 * How Baton names HubSpot's records: a lead from a HubSpot contact has the external id {@code
 * hubspot-contact-<id>}, a handoff from a HubSpot deal the deal id {@code hubspot-deal-<id>}. One
 * convention for lead-service, which names the lead, and handoff-service, which finds a deal's lead
 * by its associated contact.
 */
public final class HubSpotIds {

  private HubSpotIds() {}

  /** The external id of the lead a HubSpot contact became. */
  public static String contact(String hubSpotId) {
    return "hubspot-contact-" + hubSpotId;
  }

  /** The deal id of a HubSpot deal. */
  public static String deal(String hubSpotId) {
    return "hubspot-deal-" + hubSpotId;
  }
}
