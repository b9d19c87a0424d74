package io.baton.retention.domain;

/** The market segment of a customer: each segment weighs the health components its own way. */
public enum Segment implements KebabCase {
  SMB,
  MID_MARKET,
  ENTERPRISE
}
