package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Sales won a deal: register it once, and start the handoff process with its {@code deal-won}
 * message (through the handoff's outbox, so the message is never lost and never sent twice).
 */
@Service
public class RegisteringWonDeal {

  private final Handoffs handoffs;
  private final UnitOfWork<Handoff> handoffWork;
  private final Clock clock;

  public RegisteringWonDeal(Handoffs handoffs, UnitOfWork<Handoff> handoffWork, Clock clock) {
    this.handoffs = handoffs;
    this.handoffWork = handoffWork;
    this.clock = clock;
  }

  public Registration register(WonDeal deal, String correlationId) {
    Handoff candidate = Handoff.fromWonDeal(deal, correlationId, clock.instant());
    return handoffWork
        .add(candidate)
        .map(added -> new Registration(added, true))
        .orElseGet(() -> new Registration(existingSameDeal(deal), false));
  }

  private Handoff existingSameDeal(WonDeal deal) {
    Handoff existing =
        handoffs
            .find(deal.dealId())
            .orElseThrow(() -> new IllegalStateException("Deal " + deal.dealId() + " vanished"));
    if (!existing.isSameDeal(deal)) {
      throw new ConflictingDealException(deal.dealId());
    }
    return existing;
  }

  /** The handoff of the deal, and whether this call registered it. */
  public record Registration(Handoff handoff, boolean created) {}
}
