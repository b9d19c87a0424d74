package io.baton.retention.customer.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where a customer stands with retention. */
public enum Lifecycle implements KebabCase {
  /** Registered when the deal was won; implementation onboards the customer. */
  ONBOARDING,
  /** Handed over after first value: retention owns the customer, the renewal runway applies. */
  ACTIVE,
  /** Left: an intervention ended churned. */
  CHURNED
}
