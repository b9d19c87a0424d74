package io.baton.support.security;

/** A request named someone else than the signed-in user as who did it. */
public class ActorMismatchException extends RuntimeException {

  private final String field;

  public ActorMismatchException(String field, String username) {
    super("must be the signed-in user (" + username + ") or left out");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
