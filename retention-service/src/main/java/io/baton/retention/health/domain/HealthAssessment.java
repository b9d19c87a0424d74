package io.baton.retention.health.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer's health as the signals show it at one moment: the score, its band, each component and
 * the signals that move each component now. {@code signalSequence} is the highest signal sequence
 * it took into account.
 */
public record HealthAssessment(
    int score,
    Band band,
    List<ComponentScore> components,
    Map<HealthComponent, List<SignalImpact>> impacts,
    long signalSequence,
    Instant at) {

  public HealthAssessment {
    components = List.copyOf(components);
    impacts = Map.copyOf(impacts);
  }

  public int valueOf(HealthComponent component) {
    return components.stream()
        .filter(score -> score.component() == component)
        .mapToInt(ComponentScore::value)
        .findFirst()
        .orElseThrow();
  }

  public List<SignalImpact> impactsOn(HealthComponent component) {
    return impacts.getOrDefault(component, List.of());
  }
}
