package io.baton.retention.health.domain;

import io.baton.support.vocabulary.KebabCase;

/** What made Baton assess a customer's health again. */
public enum HealthCause implements KebabCase {
  CUSTOMER_REGISTERED,
  PROFILE_CHANGED,
  HANDED_OVER,
  SIGNAL_RECEIVED,
  SCHEDULED_RECOMPUTE,
  OUTCOME_RECORDED
}
