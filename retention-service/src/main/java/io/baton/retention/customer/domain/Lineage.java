package io.baton.retention.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Where the customer came from and how each hand-over went, as the services before retention saw
 * it: the lead, its campaign and play, the sale, the handoff, and onboarding up to first value.
 * Every part may be unknown (null) — a deal without a lead has no campaign. It grows at each
 * hand-over: registration brings the lead's and the handoff's parts, the hand-over from onboarding
 * completes it ({@link #completedWith}).
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
    BigDecimal hoursToAccept,
    String acceptingAccountManager,
    String segment,
    Integer daysToValue,
    Boolean firstValueLate,
    Integer promisesMissed) {

  /** {@code hoursToAccept} is kept to one decimal, as the contract gives it. */
  public Lineage {
    if (hoursToAccept != null) {
      hoursToAccept = hoursToAccept.setScale(1, RoundingMode.HALF_UP);
    }
  }

  /** Nothing known. */
  public static final Lineage UNKNOWN =
      new Lineage(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null);

  /**
   * This lineage with what {@code later} knows: each part {@code later} has replaces this one's,
   * each part it lacks stays as it was.
   */
  public Lineage completedWith(Lineage later) {
    if (later == null) {
      return this;
    }
    return new Lineage(
        or(later.leadId, leadId),
        or(later.campaign, campaign),
        or(later.sourceChannel, sourceChannel),
        or(later.interest, interest),
        or(later.leadPlay, leadPlay),
        or(later.slaTier, slaTier),
        or(later.salesOwner, salesOwner),
        or(later.leadReceivedAt, leadReceivedAt),
        or(later.firstContactAt, firstContactAt),
        or(later.minutesToFirstContact, minutesToFirstContact),
        or(later.firstContactWithinSla, firstContactWithinSla),
        or(later.dealWonAt, dealWonAt),
        or(later.handoffReturns, handoffReturns),
        or(later.acceptedAt, acceptedAt),
        or(later.hoursToAccept, hoursToAccept),
        or(later.acceptingAccountManager, acceptingAccountManager),
        or(later.segment, segment),
        or(later.daysToValue, daysToValue),
        or(later.firstValueLate, firstValueLate),
        or(later.promisesMissed, promisesMissed));
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
