package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** A handoff's brief or acceptance passed its deadline: it is recorded and counted, once. */
@Service
public class EscalatingOverdueHandoff {

  private final UnitOfWork<Handoff> handoffWork;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public EscalatingOverdueHandoff(
      UnitOfWork<Handoff> handoffWork, HandoffMetrics metrics, Clock clock) {
    this.handoffWork = handoffWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  public void recordOverdue(String dealId, String stage, int round) {
    if (handoffWork
        .change(dealId, handoff -> handoff.recordEscalation(stage, round, clock.instant()))
        .changed()) {
      metrics.escalated(stage);
    }
  }
}
