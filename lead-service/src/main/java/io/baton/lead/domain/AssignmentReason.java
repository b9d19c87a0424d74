package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** Why the lead changed hands. */
public enum AssignmentReason implements KebabCase {
  ROUND_ROBIN,
  REASSIGNED_TO_QUEUE,
  MANAGER
}
