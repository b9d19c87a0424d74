package io.baton.retention.saveplay.domain;

import io.baton.support.vocabulary.KebabCase;

/** How a save play ended. */
public enum Outcome implements KebabCase {
  /** The customer stays, with all their ARR (or more). */
  SAVED,
  /** The customer stays with less ARR. */
  DOWNGRADED,
  /** The customer leaves; all their ARR is lost. */
  CHURNED
}
