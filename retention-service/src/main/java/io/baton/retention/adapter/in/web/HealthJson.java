package io.baton.retention.adapter.in.web;

import io.baton.retention.domain.Band;
import io.baton.retention.domain.ComponentScore;
import io.baton.retention.domain.Health;
import io.baton.retention.domain.Trend;
import java.time.Instant;
import java.util.List;

/**
 * A customer's health as the API shows it: score, band, trend, when it last changed, each
 * component.
 */
record HealthJson(
    int score, Band band, Trend trend, Instant changedAt, List<ComponentScore> components) {

  static HealthJson of(Health health) {
    return health == null
        ? null
        : new HealthJson(
            health.score(), health.band(), health.trend(), health.changedAt(), health.components());
  }
}
