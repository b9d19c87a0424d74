package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.WonDeal;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** The handoff process started for a won deal: the handoff is open for acceptance. */
@Service
public class OpeningHandoff {

  private final Handoffs handoffs;
  private final Clock clock;

  public OpeningHandoff(Handoffs handoffs, Clock clock) {
    this.handoffs = handoffs;
    this.clock = clock;
  }

  public Handoff open(WonDeal deal, long processInstanceKey) {
    return handoffs
        .find(deal.dealId())
        .map(existing -> existing.open(processInstanceKey, clock.instant()) ? handoffs.update(existing) : existing)
        .orElseGet(
            () ->
                handoffs
                    .add(Handoff.openedByProcess(deal, processInstanceKey, clock.instant()))
                    .orElseGet(() -> open(deal, processInstanceKey)));
  }
}
