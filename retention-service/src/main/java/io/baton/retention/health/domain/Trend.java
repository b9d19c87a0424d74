package io.baton.retention.health.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where the health score went with its latest change, compared with the score before it. */
public enum Trend implements KebabCase {
  UP,
  DOWN,
  FLAT;

  static Trend between(Integer previousScore, int score) {
    if (previousScore == null || previousScore == score) {
      return FLAT;
    }
    return score > previousScore ? UP : DOWN;
  }
}
