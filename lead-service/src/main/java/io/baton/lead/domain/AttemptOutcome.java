package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** What came of a follow-up attempt. */
public enum AttemptOutcome implements KebabCase {
  NO_ANSWER(false),
  LEFT_VOICEMAIL(false),
  BOUNCED(false),
  REPLIED(true),
  MEETING_BOOKED(true),
  NOT_INTERESTED(true),
  WRONG_CONTACT(true);

  private final boolean madeContact;

  AttemptOutcome(boolean madeContact) {
    this.madeContact = madeContact;
  }

  /** Whether the rep and the lead actually spoke or wrote to each other: the cadence can stop. */
  public boolean madeContact() {
    return madeContact;
  }
}
