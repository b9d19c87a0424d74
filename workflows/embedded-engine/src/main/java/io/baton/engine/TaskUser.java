package io.baton.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls the REST API: the user of the bearer token with their groups, or a supervisor (a
 * supervising role, or any caller while the API is open) who sees and works every task.
 */
record TaskUser(String username, Set<String> groups, boolean supervisor) {

  static final TaskUser OPEN = new TaskUser("", Set.of(), true);

  static TaskUser current(final EngineSecurityProperties properties) {
    if (!properties.enabled()) {
      return OPEN;
    }
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof final JwtAuthenticationToken token)) {
      throw new IllegalStateException(
          "A call to the user-task API without a token passed the filter chain");
    }
    return of(token.getToken(), properties);
  }

  /** The user a verified token names. */
  static TaskUser of(final Jwt claims, final EngineSecurityProperties properties) {
    final Set<String> roles = Set.copyOf(names(claims.getClaim(properties.rolesClaim())));
    return new TaskUser(
        String.valueOf(
            claims.getClaims().getOrDefault(properties.usernameClaim(), claims.getSubject())),
        Set.copyOf(names(claims.getClaim(properties.groupsClaim()))),
        properties.supervisingRoles().stream().anyMatch(roles::contains));
  }

  /** A claim that lists names: a JSON list, or one space-separated string. */
  private static Collection<String> names(final Object claim) {
    if (claim instanceof final Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return claim instanceof final String text && !text.isBlank()
        ? List.of(text.trim().split("\\s+"))
        : List.of();
  }
}
