package io.baton.retention.saveplay.domain;

import io.baton.retention.shared.domain.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which save play was chosen for an intervention (its type, e.g. {@code executive-business-review},
 * and its name as people read it), who works it, and the inputs the decision was made from.
 */
public record PlayDecision(
    String playType,
    String playName,
    String workedBy,
    Map<String, Object> inputs,
    Instant decidedAt) {

  static final Pattern PLAY_TYPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public PlayDecision {
    inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /** What is wrong with this decision; empty when nothing is. */
  public List<InputProblem> problems() {
    List<InputProblem> problems = new ArrayList<>();
    if (playType == null || !PLAY_TYPE.matcher(playType).matches() || playType.length() > 100) {
      problems.add(
          new InputProblem("playType", "must be a kebab-case play type (at most 100 characters)"));
    }
    if (workedBy == null || workedBy.isBlank()) {
      problems.add(new InputProblem("workedBy", "must name who works the play"));
    }
    inputs.keySet().stream()
        .filter(key -> key.isBlank() || key.contains(".") || key.startsWith("$"))
        .forEach(
            key ->
                problems.add(
                    new InputProblem(
                        "inputs." + key, "must be a name without '.' or a leading '$'")));
    return List.copyOf(problems);
  }

  boolean sameAs(PlayDecision other) {
    return playType.equals(other.playType)
        && Objects.equals(playName, other.playName)
        && workedBy.equals(other.workedBy)
        && inputs.equals(other.inputs);
  }
}
