package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * A handoff's brief or acceptance passed its deadline: it is recorded and counted, once; an overdue
 * brief also tells the sales owner, in the same write ({@link HandoffNotifications}).
 */
@Service
public class EscalatingOverdueHandoff {

  /** The stage of an overdue brief, as the process names it. */
  private static final String BRIEF = "brief";

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
        .change(
            dealId,
            handoff -> {
              Instant now = clock.instant();
              if (!handoff.recordEscalation(stage, round, now)) {
                return false;
              }
              if (BRIEF.equals(stage)) {
                handoff.notify(HandoffNotifications.briefOverdue(handoff, round, now));
              }
              return true;
            })
        .changed()) {
      metrics.escalated(stage);
    }
  }
}
