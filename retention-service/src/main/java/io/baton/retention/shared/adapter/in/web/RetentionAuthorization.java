package io.baton.retention.shared.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.support.security.AuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with customers, save plays and the revenue figures (the matrix in
 * docs/security.md), for the endpoints of every feature: by path and method, and for the revenue
 * figures by dimension ({@link RevenueAccess}). Which customers and save plays each caller sees is
 * decided by their features ({@code CustomerOwnership}, {@code SavePlayController}), and which rows
 * of the revenue figures by the revenue feature (a sales rep's own).
 */
@Configuration
class RetentionAuthorization {

  @Bean
  AuthorizationRules retentionRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.PUT, "/api/customers/*")
            .hasAnyRole(SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/customers/*/handover")
            .hasAnyRole(SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/customers/*/signals")
            .hasAnyRole(SYSTEM, SERVICE_AGENT, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/customers/*/save-plays")
            .hasAnyRole(SERVICE_AGENT, ACCOUNT_MANAGER, CS_LEADER, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/customers", "/api/customers/**")
            .hasAnyRole(ACCOUNT_MANAGER, SERVICE_AGENT, CS_LEADER, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/save-plays/revenue")
            .hasAnyRole(CS_LEADER, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/save-plays/*/outcome")
            .hasAnyRole(SERVICE_AGENT, ACCOUNT_MANAGER, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/save-plays", "/api/save-plays/**")
            .hasAnyRole(SERVICE_AGENT, ACCOUNT_MANAGER, CS_LEADER, SYSTEM, ADMIN)
            .requestMatchers(
                HttpMethod.GET,
                "/api/revenue/accountability",
                "/api/revenue/losses",
                "/api/revenue/customers")
            .access(RevenueAccess.byDimension())
            .requestMatchers(HttpMethod.GET, "/api/revenue/churn-predictors")
            .hasAnyRole(CS_LEADER, ADMIN)
            .requestMatchers("/api/revenue", "/api/revenue/**")
            .hasAnyRole(CS_LEADER, ADMIN);
  }
}
