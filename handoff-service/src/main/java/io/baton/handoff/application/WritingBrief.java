package io.baton.handoff.application;

import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The sales owner writes the brief: drafts, checks what is missing, completes it. */
@Service
public class WritingBrief {

  private final ChangingHandoff changingHandoff;
  private final HandoffDeadlines deadlines;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public WritingBrief(
      ChangingHandoff changingHandoff, HandoffDeadlines deadlines, HandoffMetrics metrics, Clock clock) {
    this.changingHandoff = changingHandoff;
    this.deadlines = deadlines;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Handoff saveDraft(String dealId, Brief draft) {
    return changingHandoff.change(
        dealId,
        handoff -> {
          handoff.saveDraft(draft);
          return true;
        });
  }

  /** Records the completed brief of a round; returns when the acceptance is due. */
  public Instant complete(String dealId, Brief brief, int round) {
    Instant now = clock.instant();
    Handoff handoff =
        changingHandoff.change(
            dealId,
            h -> {
              boolean changed = h.completeBrief(brief, round, deadlines.acceptanceDueAt(now), now);
              if (changed) {
                metrics.briefCompleted(h);
              }
              return changed;
            });
    return handoff.snapshot().acceptanceDueAt();
  }
}
