package io.baton.retention.health.domain;

import java.time.Instant;
import java.util.List;

/**
 * A customer's current health: the latest recorded assessment. A new assessment is recorded when
 * its score or band differs from this one; {@code trend} says where the score went then, and {@code
 * signalSequence} which signals it took into account.
 */
public record Health(
    int score,
    Band band,
    Trend trend,
    List<ComponentScore> components,
    long signalSequence,
    Instant changedAt) {

  public Health {
    components = components == null ? List.of() : List.copyOf(components);
  }

  /** The value of one component; null when this health predates the component. */
  public Integer valueOf(HealthComponent component) {
    return components.stream()
        .filter(score -> score.component() == component)
        .map(ComponentScore::value)
        .findFirst()
        .orElse(null);
  }

  /**
   * The renewal is at risk when the customer is red, or yellow and falling (its latest score change
   * went down).
   */
  public boolean putsRenewalAtRisk() {
    return band == Band.RED || (band == Band.YELLOW && trend == Trend.DOWN);
  }
}
