package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading handoffs. */
@Service
public class HandoffQueries {

  private final Handoffs handoffs;
  private final Clock clock;

  public HandoffQueries(Handoffs handoffs, Clock clock) {
    this.handoffs = handoffs;
    this.clock = clock;
  }

  public Handoff get(String dealId) {
    return handoffs.find(dealId).orElseThrow(() -> new NotFoundException("Handoff", dealId));
  }

  /** Handoffs by status, by owner (sales owner or account manager), and those overdue now. */
  public List<Handoff> search(SearchHandoffs query) {
    return handoffs.search(
        query.status(), query.owner(), query.overdueOnly() ? clock.instant() : null, query.limit());
  }
}
