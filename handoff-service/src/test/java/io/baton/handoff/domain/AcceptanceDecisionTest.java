package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptanceDecisionTest {

  private static final String CLAIM_FIRST =
      "claim the task before deciding, so that the decision has an owner";

  @Test
  void aDecisionNeedsTheUserWhoCompletesTheTask() {
    assertThat(new AcceptanceDecision("accept", "amy", null).problems()).isEmpty();
    assertThat(new AcceptanceDecision("accept", " ", null).problems()).containsExactly(CLAIM_FIRST);
    assertThat(new AcceptanceDecision("return", null, "Who is the champion?").problems())
        .containsExactly(CLAIM_FIRST);
  }

  @Test
  void returningNeedsTheQuestions() {
    assertThat(new AcceptanceDecision("return", "amy", "Who is the champion?").problems())
        .isEmpty();
    assertThat(new AcceptanceDecision("return", "amy", null).problems())
        .containsExactly("write the questions sales has to answer");
  }

  @Test
  void noDecisionIsNoAnswer() {
    assertThat(new AcceptanceDecision(null, "amy", "?").problems())
        .containsExactly("choose to accept the handoff or to return it with questions");
  }
}
