package io.baton.retention.health.domain;

import io.baton.support.vocabulary.KebabCase;

/**
 * What a signal reports. The {@code value} and {@code details} each type needs are checked by
 * {@link Signal#problems()}; how each type moves the health score is described in {@link
 * HealthScoring}.
 */
public enum SignalType implements KebabCase {
  /** {@code value}: the share of licensed users active in the reporting period, 0 to 1. */
  PRODUCT_USAGE,
  SUPPORT_TICKET_OPENED,
  SUPPORT_TICKET_ESCALATED,
  /** {@code value}: one respondent's answer to "how likely are you to recommend us", 0 to 10. */
  NPS_RESPONSE,
  /** {@code value}: one respondent's satisfaction, 1 (very unsatisfied) to 5 (very satisfied). */
  CSAT_RESPONSE,
  /** {@code details}: {@code checkpointId} and {@code daysLate} (required), {@code reason}. */
  ONBOARDING_SLIP,
  /** {@code details}: {@code promiseId} or {@code promiseText} (one required), {@code reason}. */
  PROMISE_MISSED,
  /** {@code details}: {@code daysLate} (required). */
  PAYMENT_LATE,
  CHAMPION_LEFT
}
