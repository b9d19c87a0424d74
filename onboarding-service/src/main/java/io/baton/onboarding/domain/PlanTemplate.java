package io.baton.onboarding.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checkpoints a segment's onboarding plans start with, in order. Every template has a {@code
 * go-live} checkpoint (its offset is the go-live target when the brief names none) and a {@code
 * first-value} checkpoint (its completion is the customer-confirmed first value).
 */
public record PlanTemplate(String segment, List<CheckpointTemplate> checkpoints) {

  public static final String GO_LIVE = "go-live";
  public static final String FIRST_VALUE = "first-value";

  public PlanTemplate {
    checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    Set<String> ids = new HashSet<>();
    for (CheckpointTemplate checkpoint : checkpoints) {
      if (!ids.add(checkpoint.id())) {
        throw new IllegalArgumentException(
            "The template of segment "
                + segment
                + " names checkpoint "
                + checkpoint.id()
                + " twice");
      }
    }
    for (String required : List.of(GO_LIVE, FIRST_VALUE)) {
      if (!ids.contains(required)) {
        throw new IllegalArgumentException(
            "The template of segment " + segment + " needs a " + required + " checkpoint");
      }
    }
  }

  public Optional<CheckpointTemplate> checkpoint(String id) {
    return checkpoints.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
