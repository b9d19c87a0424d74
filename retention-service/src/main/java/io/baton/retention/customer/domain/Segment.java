package io.baton.retention.customer.domain;

import io.baton.support.vocabulary.KebabCase;

/** The market segment of a customer: each segment weighs the health components its own way. */
public enum Segment implements KebabCase {
  SMB,
  MID_MARKET,
  ENTERPRISE
}
