package io.baton.retention.saveplay.domain;

import io.baton.retention.health.domain.SignalType;
import io.baton.support.vocabulary.KebabCase;
import java.util.Optional;

/**
 * Why a customer is at risk, as a save play is told: what triggered it ({@code health-red}, {@code
 * renewal-risk}, {@code agent-request}) and what the customer's recent signals show.
 */
public enum RiskReason implements KebabCase {
  HEALTH_RED,
  RENEWAL_RISK,
  AGENT_REQUEST,
  ONBOARDING_SLIP,
  PROMISE_MISSED,
  PAYMENT_LATE,
  CHAMPION_LEFT,
  SUPPORT_ESCALATED;

  /** The risk a recent signal of this type stands for, if it stands for one. */
  public static Optional<RiskReason> of(SignalType type) {
    return Optional.ofNullable(
        switch (type) {
          case ONBOARDING_SLIP -> ONBOARDING_SLIP;
          case PROMISE_MISSED -> PROMISE_MISSED;
          case PAYMENT_LATE -> PAYMENT_LATE;
          case CHAMPION_LEFT -> CHAMPION_LEFT;
          case SUPPORT_TICKET_ESCALATED -> SUPPORT_ESCALATED;
          default -> null;
        });
  }
}
