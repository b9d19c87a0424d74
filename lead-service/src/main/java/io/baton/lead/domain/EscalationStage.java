package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** The speed-to-lead escalations, in the order the SLA tier's clock reaches them. */
public enum EscalationStage implements KebabCase {
  OWNER_NOTIFIED,
  REASSIGNED_TO_QUEUE,
  MANAGER_ESCALATED,
  MANAGER_REVIEWED
}
