package io.baton.retention.saveplay.domain;

import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import io.baton.support.vocabulary.KebabCase;
import java.time.Instant;
import java.util.List;
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

  /** The risks the signals that occurred from {@code since} on stand for. */
  public static List<RiskReason> signalledBy(List<Signal> signals, Instant since) {
    return signals.stream()
        .filter(signal -> !signal.occurredAt().isBefore(since))
        .map(signal -> of(signal.type()))
        .flatMap(Optional::stream)
        .distinct()
        .sorted()
        .toList();
  }

  /** The risk a recent signal of this type stands for, if it stands for one. */
  static Optional<RiskReason> of(SignalType type) {
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
