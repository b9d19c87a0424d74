package io.baton.lead.domain;

/** What came of a follow-up attempt. */
public enum AttemptOutcome implements KebabCase {
  NO_ANSWER,
  LEFT_VOICEMAIL,
  REPLIED,
  MEETING_BOOKED,
  NOT_INTERESTED,
  WRONG_CONTACT
}
