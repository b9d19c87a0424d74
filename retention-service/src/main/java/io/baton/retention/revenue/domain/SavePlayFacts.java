package io.baton.retention.revenue.domain;

import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.Outcome;

/**
 * What the revenue figures need of a save play that ended: its customer, how it ended, the ARR it
 * kept and the ARR it lost (in cents), and its version (a later one replaces an earlier).
 */
public record SavePlayFacts(
    String interventionId,
    String customerId,
    long version,
    Outcome outcome,
    long arrKeptCents,
    long arrLostCents) {

  /** The facts of a save play with its outcome. */
  public static SavePlayFacts of(
      String interventionId, String customerId, long version, InterventionOutcome outcome) {
    return new SavePlayFacts(
        interventionId,
        customerId,
        version,
        outcome.outcome(),
        Cents.of(outcome.arrKept()),
        Cents.of(outcome.arrLost()));
  }
}
