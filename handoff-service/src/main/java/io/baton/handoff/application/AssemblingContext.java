package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.LeadContext;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Brings what acquisition knew — source, play, follow-up attempts, notes — onto the handoff, so the
 * brief starts from it and the account manager sees it.
 */
@Service
public class AssemblingContext {

  private final UnitOfWork<Handoff> handoffWork;
  private final LeadDirectory leadDirectory;
  private final Clock clock;

  public AssemblingContext(
      UnitOfWork<Handoff> handoffWork, LeadDirectory leadDirectory, Clock clock) {
    this.handoffWork = handoffWork;
    this.leadDirectory = leadDirectory;
    this.clock = clock;
  }

  /**
   * @throws LeadNotFoundException when the deal names no lead or an unknown one
   */
  public LeadContext assemble(String dealId, String leadId) {
    if (leadId == null || leadId.isBlank()) {
      throw new LeadNotFoundException(dealId, null);
    }
    LeadContext context =
        leadDirectory
            .contextOf(leadId)
            .orElseThrow(() -> new LeadNotFoundException(dealId, leadId));
    return attach(dealId, context);
  }

  /** The deal's lead is unknown: the handoff goes on, and says that its context is missing. */
  public LeadContext recordMissingLead(String dealId, String leadId) {
    return attach(dealId, LeadContext.missing(leadId, clock.instant()));
  }

  private LeadContext attach(String dealId, LeadContext context) {
    Handoff handoff =
        handoffWork
            .change(
                dealId,
                h -> {
                  h.attachContext(context);
                  return true;
                })
            .value();
    return handoff.context().orElse(context);
  }
}
