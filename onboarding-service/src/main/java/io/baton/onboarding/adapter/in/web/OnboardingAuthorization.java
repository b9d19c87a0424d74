package io.baton.onboarding.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Ownership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with onboarding plans (the matrix in docs/security.md). An account manager sees
 * and changes only the plans of their own customers, and their time to value counts only those
 * plans. Only administrators backfill customers' lineage.
 */
@Configuration
class OnboardingAuthorization {

  /** Who sees which onboarding plan: {@link Ownership}. */
  static final Ownership<OnboardingPlan> OWNERSHIP =
      new Ownership<>(
          "Onboarding plan of deal",
          OnboardingPlan::accountManager,
          OnboardingPlan::dealId,
          ACCOUNT_MANAGER,
          CS_LEADER,
          SERVICE_AGENT);

  @Bean
  AuthorizationRules onboardingRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.GET, "/api/onboardings/time-to-value")
            .hasAnyRole(ACCOUNT_MANAGER, CS_LEADER, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/onboardings/lineage/resend")
            .hasRole(ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/onboardings/**")
            .hasAnyRole(ACCOUNT_MANAGER, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/onboardings", "/api/onboardings/**")
            .hasAnyRole(ACCOUNT_MANAGER, SERVICE_AGENT, CS_LEADER, SYSTEM, ADMIN);
  }
}
