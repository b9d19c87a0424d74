package io.baton.onboarding.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Caller;
import io.baton.support.web.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with onboarding plans (the README's authorization matrix). An account manager
 * sees and changes only the plans of their own customers.
 */
@Configuration
class OnboardingAuthorization {

  @Bean
  AuthorizationRules onboardingRules() {
    return requests ->
        requests
            .requestMatchers(HttpMethod.GET, "/api/onboardings/time-to-value")
            .hasAnyRole(ACCOUNT_MANAGER, CS_LEADER, ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/onboardings/**")
            .hasAnyRole(ACCOUNT_MANAGER, SYSTEM, ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/onboardings", "/api/onboardings/**")
            .hasAnyRole(ACCOUNT_MANAGER, SERVICE_AGENT, CS_LEADER, SYSTEM, ADMIN);
  }

  /** Whose plans the caller may list: only their own for an account manager, else {@code owner}. */
  static String visibleOwner(String owner) {
    Caller caller = Caller.current();
    return seesOnlyOwn(caller) ? caller.username() : owner;
  }

  /** The plan, if the caller may see it. */
  static OnboardingPlan visible(OnboardingPlan plan) {
    Caller caller = Caller.current();
    if (seesOnlyOwn(caller) && !caller.owns(plan.accountManager())) {
      throw new NotFoundException("Onboarding plan of deal", plan.dealId());
    }
    return plan;
  }

  private static boolean seesOnlyOwn(Caller caller) {
    return caller.seesOnlyOwn(ACCOUNT_MANAGER, CS_LEADER, SERVICE_AGENT);
  }
}
