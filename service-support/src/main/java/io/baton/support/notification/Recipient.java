package io.baton.support.notification;

/**
 * Who a {@link Notification} is for, as stored: one user ({@code user:sam}), everyone with a role
 * ({@code role:admin}) or everyone in a team, i.e. a candidate group ({@code team:sales-inbound}).
 * The {@link NotificationDirectory} finds the people behind it when the notification is queued.
 */
public record Recipient(Kind kind, String name) {

  public enum Kind {
    USER,
    ROLE,
    TEAM
  }

  public static String user(String username) {
    return new Recipient(Kind.USER, username).toString();
  }

  public static String role(String role) {
    return new Recipient(Kind.ROLE, role).toString();
  }

  public static String team(String team) {
    return new Recipient(Kind.TEAM, team).toString();
  }

  /**
   * @throws IllegalArgumentException if {@code stored} is not {@code user:}, {@code role:} or
   *     {@code team:} followed by a name
   */
  public static Recipient parse(String stored) {
    int colon = stored.indexOf(':');
    if (colon <= 0 || colon == stored.length() - 1) {
      throw new IllegalArgumentException("Not a recipient: " + stored);
    }
    String kind = stored.substring(0, colon);
    for (Kind each : Kind.values()) {
      if (each.name().equalsIgnoreCase(kind)) {
        return new Recipient(each, stored.substring(colon + 1));
      }
    }
    throw new IllegalArgumentException("Not a recipient: " + stored);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase() + ":" + name;
  }
}
