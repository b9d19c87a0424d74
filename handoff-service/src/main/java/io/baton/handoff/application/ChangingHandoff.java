package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.support.web.NotFoundException;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Loads a handoff, applies one change and stores it only if the change changed something, so
 * a redelivered job or a repeated request writes nothing twice.
 */
@Component
class ChangingHandoff {

  private final Handoffs handoffs;

  ChangingHandoff(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  Handoff change(String dealId, Predicate<Handoff> change) {
    Handoff handoff = handoffs.find(dealId).orElseThrow(() -> new NotFoundException("Handoff", dealId));
    return change.test(handoff) ? handoffs.update(handoff) : handoff;
  }
}
