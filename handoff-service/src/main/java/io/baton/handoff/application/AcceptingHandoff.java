package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * An account manager decided on the handoff and accepted it: the customer is theirs now. Who
 * decided comes from the engine (the user who completed the acceptance task), never from a form.
 */
@Service
public class AcceptingHandoff {

  private final ChangingHandoff changingHandoff;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public AcceptingHandoff(ChangingHandoff changingHandoff, HandoffMetrics metrics, Clock clock) {
    this.changingHandoff = changingHandoff;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Records who completes the acceptance task, before the process moves on with the decision. */
  public Handoff recordDecider(String dealId, String accountManager) {
    return changingHandoff.change(dealId, handoff -> handoff.recordDecider(accountManager));
  }

  public Handoff accept(String dealId, String note) {
    return changingHandoff.change(
        dealId,
        handoff -> {
          boolean changed = handoff.accept(note, clock.instant());
          if (changed) {
            metrics.accepted(handoff);
          }
          return changed;
        });
  }
}
