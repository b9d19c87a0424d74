package io.baton.retention.revenue.domain;

import java.util.Objects;

/**
 * Which rows of a dimension are wanted or may be seen: every one, or only the row of one value
 * (null: the row of customers with no value, "unknown").
 */
public record Rows(boolean all, String value) {

  private static final Rows EVERY = new Rows(true, null);

  public static Rows every() {
    return EVERY;
  }

  public static Rows only(String value) {
    return new Rows(false, value);
  }

  public boolean include(String candidate) {
    return all || Objects.equals(value, candidate);
  }
}
