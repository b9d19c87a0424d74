package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** An account manager accepted the handoff: the customer is theirs now. */
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

  public Handoff accept(String dealId, String accountManager, String note) {
    return changingHandoff.change(
        dealId,
        handoff -> {
          boolean changed = handoff.accept(accountManager, note, clock.instant());
          if (changed) {
            metrics.accepted(handoff);
          }
          return changed;
        });
  }
}
