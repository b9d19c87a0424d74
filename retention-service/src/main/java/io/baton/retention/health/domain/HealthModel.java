package io.baton.retention.health.domain;

import io.baton.retention.customer.domain.Segment;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How health is scored: the weight of each component per segment (relative: a component's share is
 * its weight divided by the segment's total), the band thresholds, how fast a signal's effect fades
 * (it halves every {@code halfLife}), how far back signals count at all ({@code lookback}), and how
 * many changes a customer's health history keeps.
 */
public record HealthModel(
    Map<Segment, Map<HealthComponent, Integer>> weights,
    int greenFrom,
    int yellowFrom,
    Duration halfLife,
    Duration lookback,
    int historySize) {

  public HealthModel {
    if (yellowFrom <= 0 || yellowFrom >= greenFrom || greenFrom > 100) {
      throw new IllegalArgumentException(
          "Health bands need 0 < yellow-from < green-from <= 100, not yellow-from "
              + yellowFrom
              + " and green-from "
              + greenFrom);
    }
    if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException(
          "The half-life of a signal must be positive, not " + halfLife);
    }
    if (lookback == null || lookback.isNegative() || lookback.isZero()) {
      throw new IllegalArgumentException("The signal lookback must be positive, not " + lookback);
    }
    if (historySize < 1) {
      throw new IllegalArgumentException(
          "The health history must keep at least one change, not " + historySize);
    }
    EnumMap<Segment, Map<HealthComponent, Integer>> checked = new EnumMap<>(Segment.class);
    for (Segment segment : Segment.values()) {
      Map<HealthComponent, Integer> ofSegment = weights == null ? null : weights.get(segment);
      if (ofSegment == null) {
        throw new IllegalArgumentException("No health weights for segment " + segment.code());
      }
      EnumMap<HealthComponent, Integer> complete = new EnumMap<>(HealthComponent.class);
      for (HealthComponent component : HealthComponent.values()) {
        int weight = ofSegment.getOrDefault(component, 0);
        if (weight < 0) {
          throw new IllegalArgumentException(
              "The weight of "
                  + component.code()
                  + " for "
                  + segment.code()
                  + " is negative: "
                  + weight);
        }
        complete.put(component, weight);
      }
      if (complete.values().stream().mapToInt(Integer::intValue).sum() == 0) {
        throw new IllegalArgumentException(
            "The health weights of segment " + segment.code() + " are all zero");
      }
      checked.put(segment, Collections.unmodifiableMap(complete));
    }
    weights = Collections.unmodifiableMap(checked);
  }

  /** The band a score falls in. */
  public Band bandOf(int score) {
    if (score >= greenFrom) {
      return Band.GREEN;
    }
    return score >= yellowFrom ? Band.YELLOW : Band.RED;
  }

  public Map<HealthComponent, Integer> weightsOf(Segment segment) {
    return weights.get(segment);
  }
}
