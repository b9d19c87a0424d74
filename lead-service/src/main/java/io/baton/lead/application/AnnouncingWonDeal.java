package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The lead's follow-up ended converted: the won deal starts the sale-to-implementation handoff. Its
 * {@code deal-won} message goes through the lead's outbox like every message lead-service sends, so
 * it is never lost while the engine is away and never sent twice.
 */
@Service
public class AnnouncingWonDeal {

  private final UnitOfWork<Lead> leadWork;
  private final Clock clock;

  public AnnouncingWonDeal(UnitOfWork<Lead> leadWork, Clock clock) {
    this.leadWork = leadWork;
    this.clock = clock;
  }

  /**
   * @throws IllegalStateException when the lead has no converted deal
   */
  public Lead announce(String leadId) {
    return leadWork.change(leadId, lead -> lead.announceDealWon(clock.instant())).value();
  }
}
