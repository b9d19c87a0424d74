package io.baton.retention.customer.domain;

import io.baton.support.vocabulary.KebabCase;

/** Why a customer's ARR changed. */
public enum ArrChangeCause implements KebabCase {
  /** A save play kept the customer, with another ARR than before. */
  SAVED,
  /** A save play ended with the customer staying on less ARR. */
  DOWNGRADED,
  /** A save play ended with the customer gone: ARR 0. */
  CHURNED,
  /** The profile's ARR changed together with a later renewal date: the contract was renewed. */
  RENEWED,
  /** The profile's ARR changed otherwise (expansion, contraction, a correction). */
  PROFILE
}
