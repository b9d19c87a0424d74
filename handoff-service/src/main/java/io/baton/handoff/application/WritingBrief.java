package io.baton.handoff.application;

import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The sales owner writes the brief: drafts, checks what is missing, completes it. */
@Service
public class WritingBrief {

  private final UnitOfWork<Handoff> handoffWork;
  private final HandoffDeadlines deadlines;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public WritingBrief(
      UnitOfWork<Handoff> handoffWork,
      HandoffDeadlines deadlines,
      HandoffMetrics metrics,
      Clock clock) {
    this.handoffWork = handoffWork;
    this.deadlines = deadlines;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Handoff saveDraft(String dealId, Brief draft) {
    return handoffWork
        .change(
            dealId,
            handoff -> {
              handoff.saveDraft(draft);
              return true;
            })
        .value();
  }

  /** Records the completed brief of a round; returns when the acceptance is due. */
  public Instant complete(String dealId, Brief brief, int round) {
    Instant now = clock.instant();
    Changed<Handoff> completed =
        handoffWork.change(
            dealId,
            handoff -> handoff.completeBrief(brief, round, deadlines.acceptanceDueAt(now), now));
    if (completed.changed()) {
      metrics.briefCompleted(completed.value());
    }
    return completed.value().snapshot().acceptanceDueAt();
  }
}
