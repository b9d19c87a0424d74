package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * An account manager returned the handoff with questions: the brief is the sales owner's again, and
 * they hear of it in the same write ({@link HandoffNotifications}).
 */
@Service
public class ReturningHandoff {

  private final UnitOfWork<Handoff> handoffWork;
  private final HandoffDeadlines deadlines;
  private final Clock clock;

  public ReturningHandoff(
      UnitOfWork<Handoff> handoffWork, HandoffDeadlines deadlines, Clock clock) {
    this.handoffWork = handoffWork;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public Handoff returnWithQuestions(String dealId, String questions, int round) {
    Instant now = clock.instant();
    return handoffWork
        .change(
            dealId,
            handoff -> {
              if (!handoff.returnWithQuestions(questions, round, deadlines.briefDueAt(now), now)) {
                return false;
              }
              handoff.notify(HandoffNotifications.returned(handoff, questions, round, now));
              return true;
            })
        .value();
  }
}
