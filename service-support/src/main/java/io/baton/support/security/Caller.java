package io.baton.support.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the token's user and roles. Object-level checks ask it whether the caller may see
 * only what they own ({@link #seesOnlyOwn}) and whether they own it ({@link #owns}).
 */
public record Caller(String username, Set<String> roles) {

  /** How a role is spelt as a Spring Security authority. */
  static final String ROLE_PREFIX = "ROLE_";

  /** The caller of the current request. */
  public static Caller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return new Caller(null, Set.of());
    }
    return new Caller(
        authentication.getName(),
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith(ROLE_PREFIX))
            .map(authority -> authority.substring(ROLE_PREFIX.length()))
            .collect(Collectors.toUnmodifiableSet()));
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  /**
   * Whether the caller holds {@code ownerRole} and none of {@code seeAllRoles}: such a caller sees
   * only the objects they own, and another owner's object does not exist for them.
   */
  public boolean seesOnlyOwn(String ownerRole, String... seeAllRoles) {
    return has(ownerRole)
        && !has(Roles.ADMIN)
        && !has(Roles.SYSTEM)
        && Arrays.stream(seeAllRoles).noneMatch(this::has);
  }

  /**
   * Who is acting in this request: the token's user. A request may still name its actor ({@code
   * recordedBy}, {@code completedBy}, …), as older clients do, but only as the same user; naming
   * someone else is refused ({@link ActorMismatchException}, 400 naming {@code field}). Only the
   * {@code system} role acts for others: a service relays what its own user did.
   */
  public String acting(String named, String field) {
    if (named == null || named.isBlank() || named.equals(username)) {
      return username;
    }
    if (has(Roles.SYSTEM)) {
      return named;
    }
    throw new ActorMismatchException(field, username);
  }

  public boolean owns(String owner) {
    return username != null && username.equals(owner);
  }
}
