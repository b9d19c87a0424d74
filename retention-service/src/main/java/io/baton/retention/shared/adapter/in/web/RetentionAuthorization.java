package io.baton.retention.shared.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.retention.customer.application.CustomerQueries.CustomerView;
import io.baton.retention.saveplay.application.SavePlayContext;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Ownership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with customers and save plays (the matrix in docs/security.md). An account
 * manager sees only their own customers; service agents see every customer, to help whoever calls.
 */
@Configuration
public class RetentionAuthorization {

  /** Who sees which customers: {@link Ownership}. */
  public static final Ownership<CustomerView> OWNERSHIP =
      new Ownership<>(
          "Customer",
          view -> view.customer().profile().accountManager(),
          view -> view.customer().customerId(),
          ACCOUNT_MANAGER,
          SERVICE_AGENT,
          CS_LEADER);

  /** Who sees which save plays: those of the customers they see. */
  public static final Ownership<SavePlayContext> SAVE_PLAY_OWNERSHIP =
      new Ownership<>(
          "Save play",
          SavePlayContext::accountManager,
          SavePlayContext::interventionId,
          ACCOUNT_MANAGER,
          SERVICE_AGENT,
          CS_LEADER);

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
            .hasAnyRole(SERVICE_AGENT, ACCOUNT_MANAGER, CS_LEADER, SYSTEM, ADMIN);
  }
}
