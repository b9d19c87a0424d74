package io.baton.onboarding.domain;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One checkpoint of a plan template: a kebab-case id ({@code technical-setup}), the name people
 * see, when it is due counted from the plan's start (an ISO-8601 duration such as {@code P14D}),
 * and whether it may be completed only after every checkpoint before it ({@code inOrder}).
 */
public record CheckpointTemplate(String id, String name, Duration offset, boolean inOrder) {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public CheckpointTemplate {
    if (id == null || !KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A checkpoint id must be kebab-case, e.g. technical-setup; got " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Checkpoint " + id + " needs a name");
    }
    if (offset == null || offset.isNegative()) {
      throw new IllegalArgumentException(
          "Checkpoint " + id + " needs an offset of zero or more, e.g. P14D");
    }
  }
}
