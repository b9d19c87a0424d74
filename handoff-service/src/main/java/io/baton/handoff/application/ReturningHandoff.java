package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** An account manager returned the handoff with questions: the brief is the sales owner's again. */
@Service
public class ReturningHandoff {

  private final ChangingHandoff changingHandoff;
  private final HandoffDeadlines deadlines;
  private final Clock clock;

  public ReturningHandoff(ChangingHandoff changingHandoff, HandoffDeadlines deadlines, Clock clock) {
    this.changingHandoff = changingHandoff;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public Handoff returnWithQuestions(String dealId, String questions, int round) {
    Instant now = clock.instant();
    return changingHandoff.change(
        dealId,
        handoff ->
            handoff.returnWithQuestions(questions, round, deadlines.briefDueAt(now), now));
  }
}
