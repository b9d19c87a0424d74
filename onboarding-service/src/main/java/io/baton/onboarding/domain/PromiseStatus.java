package io.baton.onboarding.domain;

import io.baton.support.vocabulary.KebabCase;

/** Whether a promise sales made has been kept, in the customer's own words. */
public enum PromiseStatus implements KebabCase {
  /** Nobody has confirmed it or flagged it yet. */
  PENDING,
  /** The customer confirmed it was delivered. */
  CONFIRMED,
  /** It was not kept: flagged, with the reason, to the account manager and to retention. */
  MISSED
}
