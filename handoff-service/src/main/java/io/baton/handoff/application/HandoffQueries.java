package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.support.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading handoffs. */
@Service
public class HandoffQueries {

  private final Handoffs handoffs;

  public HandoffQueries(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  public Handoff get(String dealId) {
    return handoffs.find(dealId).orElseThrow(() -> new NotFoundException("Handoff", dealId));
  }

  public List<Handoff> recent(int limit) {
    return handoffs.recent(limit);
  }
}
