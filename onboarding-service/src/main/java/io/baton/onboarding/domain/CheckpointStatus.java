package io.baton.onboarding.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where one checkpoint of an onboarding plan stands. */
public enum CheckpointStatus implements KebabCase {
  /** Not started yet: an earlier checkpoint is being worked on. */
  PENDING,
  /** Being worked on, and not past its due date as far as the process has recorded. */
  ON_TRACK,
  /** Its due date passed before it was done: a slip, escalated and signalled to retention. */
  BEHIND,
  /** Done, with the evidence of who completed it and when. */
  DONE
}
