package io.baton.onboarding.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where an onboarding plan stands as a whole, derived from its checkpoints. */
public enum PlanStatus implements KebabCase {
  /** Onboarding is under way and no checkpoint is behind. */
  ON_TRACK,
  /** At least one checkpoint is behind its due date. */
  BEHIND,
  /** The customer confirmed first value; nothing is behind. */
  VALUE_REACHED,
  /** The customer was handed to retention with the onboarding's history. */
  HANDED_OVER
}
