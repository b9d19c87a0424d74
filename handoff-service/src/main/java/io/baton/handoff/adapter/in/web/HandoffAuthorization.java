package io.baton.handoff.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SALES;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.handoff.domain.Handoff;
import io.baton.support.intake.SignedEndpoint;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Ownership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with handoffs (the matrix in docs/security.md). A sales rep sees and writes only
 * the briefs of their own deals: another rep's handoff does not exist for them. A CRM pushes won
 * deals without a token, to the signed intake endpoints only, each request signed with the intake's
 * secret.
 */
@Configuration
class HandoffAuthorization {

  /** Who sees which handoff: {@link Ownership}. */
  static final Ownership<Handoff> OWNERSHIP =
      new Ownership<>(
          "Handoff",
          handoff -> handoff.deal().salesOwner(),
          handoff -> handoff.deal().dealId(),
          SALES,
          ACCOUNT_MANAGER,
          CS_LEADER);

  /** HubSpot's won deals, signed with the HubSpot app's client secret. */
  @Bean
  SignedEndpoint hubSpotDealIntake() {
    return SignedEndpoint.hubSpot(HandoffIntakeController.HUBSPOT);
  }

  /** Won deals in the body of {@code POST /api/handoffs}, signed with Baton's webhook signature. */
  @Bean
  SignedEndpoint webhookDealIntake() {
    return SignedEndpoint.batonWebhook(HandoffIntakeController.WEBHOOK);
  }

  @Bean
  AuthorizationRules handoffRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.POST, "/api/handoffs")
            .hasAnyRole(SALES, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.PUT, "/api/handoffs/*/brief")
            .hasAnyRole(SALES, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/handoffs", "/api/handoffs/**")
            .hasAnyRole(SALES, ACCOUNT_MANAGER, CS_LEADER, SYSTEM, ADMIN);
  }
}
