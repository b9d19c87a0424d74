package io.baton.retention.health.domain;

import io.baton.support.vocabulary.KebabCase;

/** The health score in three bands; the thresholds are configured in the {@link HealthModel}. */
public enum Band implements KebabCase {
  GREEN,
  YELLOW,
  RED
}
