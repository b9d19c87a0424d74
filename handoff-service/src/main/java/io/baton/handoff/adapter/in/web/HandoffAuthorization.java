package io.baton.handoff.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SALES;
import static io.baton.support.security.Roles.SYSTEM;

import io.baton.handoff.domain.Handoff;
import io.baton.support.security.AuthorizationRules;
import io.baton.support.security.Caller;
import io.baton.support.web.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with handoffs (the README's authorization matrix). A sales rep sees and writes
 * only the briefs of their own deals: another rep's handoff does not exist for them.
 */
@Configuration
class HandoffAuthorization {

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

  /** Whose handoffs the caller may list: only their own for a sales rep, else {@code owner}. */
  static String visibleOwner(String owner) {
    Caller caller = Caller.current();
    return seesOnlyOwn(caller) ? caller.username() : owner;
  }

  /** The handoff, if the caller may see it. */
  static Handoff visible(Handoff handoff) {
    Caller caller = Caller.current();
    if (seesOnlyOwn(caller) && !caller.owns(handoff.deal().salesOwner())) {
      throw new NotFoundException("Handoff", handoff.deal().dealId());
    }
    return handoff;
  }

  private static boolean seesOnlyOwn(Caller caller) {
    return caller.seesOnlyOwn(SALES, ACCOUNT_MANAGER, CS_LEADER);
  }
}
