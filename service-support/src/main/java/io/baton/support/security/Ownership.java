package io.baton.support.security;

import io.baton.support.web.NotFoundException;
import java.util.function.Function;

/**
 * An object-level rule: callers whose only way in is {@code ownerRole} see just the objects they
 * own; any of {@code seeAllRoles} (and admin, system) sees every object. Another owner's object
 * does not exist for the caller (404), so its existence is not given away.
 */
public final class Ownership<T> {

  private final String what;
  private final Function<T, String> ownerOf;
  private final Function<T, Object> idOf;
  private final String ownerRole;
  private final String[] seeAllRoles;

  public Ownership(
      String what,
      Function<T, String> ownerOf,
      Function<T, Object> idOf,
      String ownerRole,
      String... seeAllRoles) {
    this.what = what;
    this.ownerOf = ownerOf;
    this.idOf = idOf;
    this.ownerRole = ownerRole;
    this.seeAllRoles = seeAllRoles.clone();
  }

  /**
   * Whose objects the caller may list: only their own if they see only their own, else {@code
   * owner}.
   */
  public String visibleOwner(String owner) {
    Caller caller = Caller.current();
    return caller.seesOnlyOwn(ownerRole, seeAllRoles) ? caller.username() : owner;
  }

  /**
   * The object, if the caller may see it.
   *
   * @throws NotFoundException if it is another owner's
   */
  public T visible(T object) {
    Caller caller = Caller.current();
    if (caller.seesOnlyOwn(ownerRole, seeAllRoles) && !caller.owns(ownerOf.apply(object))) {
      throw new NotFoundException(what, idOf.apply(object));
    }
    return object;
  }
}
