package io.baton.retention.shared.adapter.in.web;

import static io.baton.support.security.Roles.ADMIN;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.MARKETING;
import static io.baton.support.security.Roles.SALES;
import static io.baton.support.security.Roles.SYSTEM;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may group the revenue figures by which dimension (the {@code dimension} query parameter), the
 * rows of docs/security.md: cs-leader and admin by every one; marketing by campaign and source
 * channel; sales by sales owner (their own row only, which the revenue feature decides);
 * lead-service's system token by campaign and source channel, for its campaign feedback. Anyone
 * else, or another dimension, is 403. No or an unknown dimension passes to the endpoint, which
 * answers 400 naming it, for a caller who may see some dimension.
 */
public final class RevenueAccess {

  /** Every dimension the figures are grouped by, as the {@code dimension} parameter spells it. */
  public static final List<String> DIMENSIONS =
      List.of(
          "campaign",
          "source-channel",
          "lead-play",
          "sales-owner",
          "account-manager",
          "segment",
          "close-month");

  private static final Set<String> SEE_EVERY_DIMENSION = Set.of(CS_LEADER, ADMIN);

  private static final Map<String, Set<String>> DIMENSIONS_OF_ROLE =
      Map.of(
          MARKETING, Set.of("campaign", "source-channel"),
          SALES, Set.of("sales-owner"),
          SYSTEM, Set.of("campaign", "source-channel"));

  private RevenueAccess() {}

  /** The rule as Spring Security applies it to a request. */
  static AuthorizationManager<RequestAuthorizationContext> byDimension() {
    return (Supplier<Authentication> authentication, RequestAuthorizationContext context) ->
        new AuthorizationDecision(
            allows(roles(authentication.get()), context.getRequest().getParameter("dimension")));
  }

  /** Whether a caller with {@code roles} may ask for the figures by {@code dimension}. */
  public static boolean allows(Set<String> roles, String dimension) {
    if (roles.stream().anyMatch(SEE_EVERY_DIMENSION::contains)) {
      return true;
    }
    boolean mayGroupAtAll = roles.stream().anyMatch(DIMENSIONS_OF_ROLE::containsKey);
    if (dimension == null || !DIMENSIONS.contains(dimension)) {
      return mayGroupAtAll;
    }
    return roles.stream()
        .anyMatch(role -> DIMENSIONS_OF_ROLE.getOrDefault(role, Set.of()).contains(dimension));
  }

  private static Set<String> roles(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Set.of();
    }
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> authority.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
