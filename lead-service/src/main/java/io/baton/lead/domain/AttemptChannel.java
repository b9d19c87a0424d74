package io.baton.lead.domain;

/** How a rep tried to reach the lead. */
public enum AttemptChannel implements KebabCase {
  CALL,
  EMAIL,
  LINKEDIN,
  MEETING,
  SMS
}
