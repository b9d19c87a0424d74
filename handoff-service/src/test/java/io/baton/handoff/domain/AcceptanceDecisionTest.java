package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptanceDecisionTest {

  @Test
  void acceptingNeedsTheNewOwner() {
    assertThat(new AcceptanceDecision("accept", "amy", null).problems()).isEmpty();
    assertThat(new AcceptanceDecision("accept", " ", null).problems()).containsExactly("name the account manager taking ownership");
  }

  @Test
  void returningNeedsTheQuestions() {
    assertThat(new AcceptanceDecision("return", null, "Who is the champion?").problems()).isEmpty();
    assertThat(new AcceptanceDecision("return", null, null).problems()).containsExactly("write the questions sales has to answer");
  }

  @Test
  void noDecisionIsNoAnswer() {
    assertThat(new AcceptanceDecision(null, "amy", "?").problems())
        .containsExactly("choose to accept the handoff or to return it with questions");
  }
}
