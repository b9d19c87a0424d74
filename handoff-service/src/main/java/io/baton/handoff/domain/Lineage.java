package io.baton.handoff.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a customer came from and how its handoff went: the acquisition and handoff keys of the
 * lineage that travels with the customer to onboarding and retention (the keys of {@code
 * ProcessContract.Lineage}). Every key is null when unknown — a deal without a lead knows no
 * campaign, a handoff not yet accepted no acceptance. It is computed from what the handoff
 * recorded, never taken from a request: the accepting account manager is the user who completed the
 * acceptance task.
 *
 * @param minutesToFirstContact whole minutes from the lead coming in to its first attempt
 * @param firstContactWithinSla whether the first attempt came no later than the first contact was
 *     due by the play's SLA tier; null when either is unknown
 * @param hoursToAccept hours, to one decimal, from the brief first submitted (or, without one, the
 *     deal won) to the acceptance
 */
public record Lineage(
    String leadId,
    String campaign,
    String sourceChannel,
    String interest,
    String leadPlay,
    String slaTier,
    String salesOwner,
    Instant leadReceivedAt,
    Instant firstContactAt,
    Integer minutesToFirstContact,
    Boolean firstContactWithinSla,
    Instant dealWonAt,
    Integer handoffReturns,
    Instant acceptedAt,
    Double hoursToAccept,
    String acceptingAccountManager) {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** Whole minutes from {@code from} to {@code to}; null when either is unknown. */
  public static Integer minutesBetween(Instant from, Instant to) {
    if (from == null || to == null) {
      return null;
    }
    return Math.toIntExact(Duration.between(from, to).toMinutes());
  }

  /**
   * Whether the first contact came no later than it was due; null when either moment is unknown (no
   * attempt yet, or no SLA target was ever set for the lead).
   */
  public static Boolean withinSla(Instant firstContactAt, Instant firstContactDueAt) {
    if (firstContactAt == null || firstContactDueAt == null) {
      return null;
    }
    return !firstContactAt.isAfter(firstContactDueAt);
  }

  /** Hours from {@code from} to {@code to}, rounded half up to one decimal; null when unknown. */
  public static Double hoursBetween(Instant from, Instant to) {
    if (from == null || to == null) {
      return null;
    }
    return BigDecimal.valueOf(Duration.between(from, to).toSeconds())
        .divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
