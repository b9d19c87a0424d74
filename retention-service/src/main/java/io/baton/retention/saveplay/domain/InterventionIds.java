package io.baton.retention.saveplay.domain;

import java.util.UUID;

/** New intervention ids: {@code sp-} and a random UUID. */
public final class InterventionIds {

  private InterventionIds() {}

  public static String next() {
    return "sp-" + UUID.randomUUID();
  }
}
