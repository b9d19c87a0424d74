package io.baton.lead.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded outcome. {@code reason} is set for disqualified and nurture, {@code deal} for
 * converted; {@code recordedBy} is who recorded it (a rep, or {@code lead-follow-up} when the
 * cadence ran out).
 */
public record Outcome(
    OutcomeType type,
    LossReason reason,
    String notes,
    ConvertedDeal deal,
    String recordedBy,
    Instant at) {

  public Outcome {
    Objects.requireNonNull(type, "type");
    if (type.needsReason() && reason == null) {
      throw new InvalidOutcomeException("reason", "must name why the lead is " + type.code());
    }
    if (type == OutcomeType.CONVERTED && deal == null) {
      throw new InvalidOutcomeException("deal", "must name the won deal");
    }
  }

  /** Whether this outcome says the same as {@code other}, whenever and by whomever recorded. */
  public boolean sameAs(Outcome other) {
    return type == other.type
        && reason == other.reason
        && Objects.equals(
            deal == null ? null : deal.dealId(), other.deal == null ? null : other.deal.dealId());
  }
}
