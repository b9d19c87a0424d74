package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** How a rep tried to reach the lead. */
public enum AttemptChannel implements KebabCase {
  CALL,
  EMAIL,
  LINKEDIN,
  MEETING,
  SMS
}
