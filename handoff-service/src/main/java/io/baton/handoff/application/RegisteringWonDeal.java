package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Sales won a deal: register it once, and start the handoff process with its {@code deal-won}
 * message (through the handoff's outbox, so the message is never lost and never sent twice). A CRM
 * names the deal's lead by its own id, which lead-service knows as the lead's external id.
 */
@Service
public class RegisteringWonDeal {

  private final Handoffs handoffs;
  private final UnitOfWork<Handoff> handoffWork;
  private final LeadDirectory leadDirectory;
  private final Clock clock;

  public RegisteringWonDeal(
      Handoffs handoffs,
      UnitOfWork<Handoff> handoffWork,
      LeadDirectory leadDirectory,
      Clock clock) {
    this.handoffs = handoffs;
    this.handoffWork = handoffWork;
    this.leadDirectory = leadDirectory;
    this.clock = clock;
  }

  public Registration register(WonDeal deal, String correlationId) {
    Handoff candidate = Handoff.fromWonDeal(deal, correlationId, clock.instant());
    return handoffWork
        .add(candidate)
        .map(added -> new Registration(added, true))
        .orElseGet(() -> new Registration(existingSameDeal(deal), false));
  }

  /**
   * A won deal from a CRM that names its lead by the CRM's id: the lead lead-service knows by that
   * external id is the deal's lead. A deal whose lead acquisition never saw (or that names none) is
   * registered without one, and its handoff goes on saying that the lead's context is missing.
   *
   * @param deal the deal, its {@code leadId} not yet known
   * @throws LeadDirectoryUnavailableException when lead-service cannot answer now: nothing is
   *     stored, and the CRM may send the deal again
   */
  public Registration registerFromCrm(WonDeal deal, String leadExternalId, String correlationId) {
    String leadId =
        leadExternalId == null ? null : leadDirectory.leadIdOf(leadExternalId).orElse(null);
    return register(
        new WonDeal(
            deal.dealId(),
            leadId,
            deal.customerName(),
            deal.salesOwner(),
            deal.arr(),
            deal.closeDate()),
        correlationId);
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
