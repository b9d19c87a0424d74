package io.baton.retention.domain;

/** Whether a save play is being worked or has its outcome. */
public enum InterventionStatus implements KebabCase {
  ACTIVE,
  CLOSED
}
