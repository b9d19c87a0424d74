package io.baton.handoff.adapter.in.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.intake.hubspot.owners}: the Baton user (their username, as tokens name them) of each
 * HubSpot owner id a won deal may carry in {@code hubspot_owner_id}, e.g. {@code
 * BATON_INTAKE_HUBSPOT_OWNERS_31268510=sam}. A deal whose owner is not listed is refused, naming
 * the property: a handoff needs a sales owner who can write its brief.
 *
 * @param owners Baton usernames by HubSpot owner id
 */
@ConfigurationProperties("baton.intake.hubspot")
record HubSpotOwners(Map<String, String> owners) {

  HubSpotOwners {
    owners = owners == null ? Map.of() : Map.copyOf(owners);
  }

  Optional<String> username(String hubSpotOwnerId) {
    return Optional.ofNullable(owners.get(hubSpotOwnerId.strip()))
        .map(String::strip)
        .filter(username -> !username.isEmpty());
  }
}
