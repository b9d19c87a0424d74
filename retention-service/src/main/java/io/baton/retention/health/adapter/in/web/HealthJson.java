package io.baton.retention.health.adapter.in.web;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.ComponentScore;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.Trend;
import java.time.Instant;
import java.util.List;

/**
 * A customer's health as the API shows it: score, band, trend, when it last changed, each
 * component.
 */
public record HealthJson(
    int score, Band band, Trend trend, Instant changedAt, List<ComponentScore> components) {

  public static HealthJson of(Health health) {
    return health == null
        ? null
        : new HealthJson(
            health.score(), health.band(), health.trend(), health.changedAt(), health.components());
  }
}
