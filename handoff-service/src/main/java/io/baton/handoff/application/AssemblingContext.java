package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.LeadContext;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Brings what acquisition knew — source, play, follow-up attempts, notes — onto the handoff, so
 * the brief starts from it and the account manager sees it.
 */
@Service
public class AssemblingContext {

  private final ChangingHandoff changingHandoff;
  private final LeadDirectory leadDirectory;
  private final Clock clock;

  public AssemblingContext(ChangingHandoff changingHandoff, LeadDirectory leadDirectory, Clock clock) {
    this.changingHandoff = changingHandoff;
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
        leadDirectory.contextOf(leadId).orElseThrow(() -> new LeadNotFoundException(dealId, leadId));
    return attach(dealId, context);
  }

  /** The deal's lead is unknown: the handoff goes on, and says that its context is missing. */
  public LeadContext recordMissingLead(String dealId, String leadId) {
    return attach(dealId, LeadContext.missing(leadId, clock.instant()));
  }

  private LeadContext attach(String dealId, LeadContext context) {
    Handoff handoff =
        changingHandoff.change(
            dealId,
            h -> {
              h.attachContext(context);
              return true;
            });
    return handoff.context().orElse(context);
  }
}
