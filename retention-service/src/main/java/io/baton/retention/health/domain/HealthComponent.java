package io.baton.retention.health.domain;

import io.baton.support.vocabulary.KebabCase;

/**
 * One part of the health score, each 0 to 100 (see {@link HealthScoring} for how each is derived).
 */
public enum HealthComponent implements KebabCase {
  USAGE,
  SUPPORT,
  SENTIMENT,
  ONBOARDING,
  COMMERCIAL,
  RELATIONSHIP
}
