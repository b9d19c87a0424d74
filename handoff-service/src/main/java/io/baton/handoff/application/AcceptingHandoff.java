package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** An account manager accepted the handoff: the customer is theirs now. */
@Service
public class AcceptingHandoff {

  private final Handoffs handoffs;
  private final Clock clock;

  public AcceptingHandoff(Handoffs handoffs, Clock clock) {
    this.handoffs = handoffs;
    this.clock = clock;
  }

  public Handoff accept(String dealId, String accountManager, String note) {
    Handoff handoff = handoffs.find(dealId).orElseThrow(() -> new NotFoundException("Handoff", dealId));
    return handoff.accept(accountManager, note, clock.instant()) ? handoffs.update(handoff) : handoff;
  }
}
