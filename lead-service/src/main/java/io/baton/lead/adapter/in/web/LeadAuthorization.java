package io.baton.lead.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.MARKETING;
import static io.baton.support.security.Roles.SALES;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.lead.domain.Lead;
import io.baton.support.intake.SignedEndpoint;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Ownership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with leads (the matrix in docs/security.md). A sales rep sees only the leads they
 * own: another rep's lead does not exist for them. A CRM pushes leads without a token, to the
 * signed intake endpoints only, each request signed with the intake's secret.
 */
@Configuration
class LeadAuthorization {

  /** Who sees which lead: {@link Ownership}. */
  static final Ownership<Lead> OWNERSHIP =
      new Ownership<>(
          "Lead", Lead::owner, Lead::leadId, SALES, MARKETING, CS_LEADER, ACCOUNT_MANAGER);

  /** HubSpot's contacts, signed with the HubSpot app's client secret. */
  @Bean
  SignedEndpoint hubSpotLeadIntake() {
    return SignedEndpoint.hubSpot(LeadIntakeController.HUBSPOT);
  }

  /** Leads in the body of {@code POST /api/leads}, signed with Baton's webhook signature. */
  @Bean
  SignedEndpoint webhookLeadIntake() {
    return SignedEndpoint.batonWebhook(LeadIntakeController.WEBHOOK);
  }

  @Bean
  AuthorizationRules leadRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.POST, "/api/leads")
            .hasAnyRole(MARKETING, SALES, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/leads/*/attempts", "/api/leads/*/outcome")
            .hasAnyRole(SALES, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/leads/feedback/pipeline")
            .hasAnyRole(MARKETING, CS_LEADER, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/leads/feedback/**")
            .hasAnyRole(MARKETING, CS_LEADER, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/leads/*/context")
            .hasAnyRole(SALES, ACCOUNT_MANAGER, CS_LEADER, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/leads", "/api/leads/*")
            .hasAnyRole(MARKETING, SALES, CS_LEADER, SYSTEM, ADMIN);
  }
}
