package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/**
 * Why a lead was disqualified or returned to nurture: a fixed taxonomy, so marketing can count the
 * reasons per campaign and source.
 */
public enum LossReason implements KebabCase {
  NO_BUDGET,
  NO_NEED,
  NO_AUTHORITY,
  BAD_TIMING,
  WRONG_CONTACT,
  COMPETITOR,
  UNREACHABLE,
  NOT_A_FIT
}
