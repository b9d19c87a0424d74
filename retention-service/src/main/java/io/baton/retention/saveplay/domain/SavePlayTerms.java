package io.baton.retention.saveplay.domain;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Health;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The terms a decided save play is worked under: it is due a while after the decision (then the
 * executive sponsor is engaged), an account from the sponsor ARR threshold on gets its sponsor at
 * once, and a red customer's play comes first in the task list.
 *
 * @param dueAfter how long after the decision a save play is due
 * @param sponsorArrThreshold accounts from this ARR on get an executive sponsor at once
 */
public record SavePlayTerms(Duration dueAfter, BigDecimal sponsorArrThreshold) {

  /** The priority of the save play's task for a red customer, and for any other. */
  static final int RED_PRIORITY = 90;

  static final int PRIORITY = 70;

  /** When a play decided at {@code decidedAt} is due, to the second. */
  public Instant dueAt(Instant decidedAt) {
    return decidedAt.plus(dueAfter).truncatedTo(ChronoUnit.SECONDS);
  }

  public boolean sponsorNeeded(BigDecimal arr) {
    return arr.compareTo(sponsorArrThreshold) >= 0;
  }

  /**
   * The task's priority: a red customer's save play comes first; a customer not scored yet is not
   * red.
   */
  public int taskPriority(Health health) {
    return health != null && health.band() == Band.RED ? RED_PRIORITY : PRIORITY;
  }
}
