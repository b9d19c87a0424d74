package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The handoff process started for a won deal: the sales owner's brief is due now. */
@Service
public class OpeningHandoff {

  private final Handoffs handoffs;
  private final UnitOfWork<Handoff> handoffWork;
  private final HandoffDeadlines deadlines;
  private final Clock clock;

  public OpeningHandoff(
      Handoffs handoffs, UnitOfWork<Handoff> handoffWork, HandoffDeadlines deadlines, Clock clock) {
    this.handoffs = handoffs;
    this.handoffWork = handoffWork;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * Opens the deal's handoff (creating it if the deal was won elsewhere); returns when the brief is
   * due.
   */
  public Instant open(WonDeal deal, long processInstanceKey) {
    Instant now = clock.instant();
    Instant briefDueAt = deadlines.briefDueAt(now);
    Handoff handoff =
        handoffs.find(deal.dealId()).isPresent()
            ? open(deal.dealId(), processInstanceKey, briefDueAt, now)
            : handoffWork
                .add(Handoff.openedByProcess(deal, processInstanceKey, briefDueAt, now))
                .orElseGet(() -> open(deal.dealId(), processInstanceKey, briefDueAt, now));
    return handoff.snapshot().briefDueAt();
  }

  private Handoff open(String dealId, long processInstanceKey, Instant briefDueAt, Instant now) {
    return handoffWork
        .change(dealId, existing -> existing.open(processInstanceKey, briefDueAt, now))
        .value();
  }
}
