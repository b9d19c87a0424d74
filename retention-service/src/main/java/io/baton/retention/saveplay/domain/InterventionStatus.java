package io.baton.retention.saveplay.domain;

import io.baton.support.vocabulary.KebabCase;

/** Whether a save play is being worked or has its outcome. */
public enum InterventionStatus implements KebabCase {
  ACTIVE,
  CLOSED
}
