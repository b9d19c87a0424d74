package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where a lead stands; the last three are closed and take no other outcome. */
public enum LeadStatus implements KebabCase {
  NEW,
  WORKING,
  CONTACTED,
  QUALIFIED,
  DISQUALIFIED,
  NURTURE,
  CONVERTED;

  public boolean isClosed() {
    return this == DISQUALIFIED || this == NURTURE || this == CONVERTED;
  }
}
