package io.baton.lead.domain;

/** Why the lead changed hands. */
public enum AssignmentReason implements KebabCase {
  ROUND_ROBIN,
  REASSIGNED_TO_QUEUE,
  MANAGER
}
