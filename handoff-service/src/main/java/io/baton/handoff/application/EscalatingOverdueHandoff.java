package io.baton.handoff.application;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** A handoff's brief or acceptance passed its deadline: it is recorded and counted, once. */
@Service
public class EscalatingOverdueHandoff {

  private final ChangingHandoff changingHandoff;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public EscalatingOverdueHandoff(ChangingHandoff changingHandoff, HandoffMetrics metrics, Clock clock) {
    this.changingHandoff = changingHandoff;
    this.metrics = metrics;
    this.clock = clock;
  }

  public void recordOverdue(String dealId, String stage, int round) {
    changingHandoff.change(
        dealId,
        handoff -> {
          boolean changed = handoff.recordEscalation(stage, round, clock.instant());
          if (changed) {
            metrics.escalated(stage);
          }
          return changed;
        });
  }
}
