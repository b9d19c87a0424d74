package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** How a lead ended, or that it became an opportunity. */
public enum OutcomeType implements KebabCase {
  QUALIFIED(LeadStatus.QUALIFIED),
  DISQUALIFIED(LeadStatus.DISQUALIFIED),
  NURTURE(LeadStatus.NURTURE),
  CONVERTED(LeadStatus.CONVERTED);

  private final LeadStatus status;

  OutcomeType(LeadStatus status) {
    this.status = status;
  }

  /** The status a lead has once this outcome is recorded. */
  public LeadStatus status() {
    return status;
  }

  /** Disqualified and nurtured leads must say why, from the {@link LossReason} taxonomy. */
  public boolean needsReason() {
    return this == DISQUALIFIED || this == NURTURE;
  }
}
