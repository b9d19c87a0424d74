package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.handoff.domain.HandoffEvents.StatusChange;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffTest {

  private static final Instant WON = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant BRIEF_DUE = WON.plus(Duration.ofDays(1));
  private static final WonDeal DEAL =
      new WonDeal(
          "deal-7",
          "L-1",
          "Acme Corp",
          "sam",
          new BigDecimal("48000"),
          LocalDate.parse("2026-11-20"));

  @Test
  void aWonDealWaitsInTheOutboxUntilTheEngineHasItsDealWonMessage() {
    Handoff handoff = Handoff.fromWonDeal(DEAL, "corr-1", WON);

    assertThat(handoff.status()).isEqualTo(HandoffStatus.DEAL_WON);
    assertThat(handoff.snapshot().outbox())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.isPending()).isTrue();
              assertThat(message.messageName()).isEqualTo("deal-won");
              assertThat(message.correlationKey()).isEqualTo("deal-7");
              assertThat(message.messageId()).isEqualTo("deal-won:deal-7");
              assertThat(message.variables())
                  .containsEntry("dealId", "deal-7")
                  .containsEntry("leadId", "L-1")
                  .containsEntry("closeDate", "2026-11-20")
                  .containsEntry("correlationId", "corr-1");
            });
  }

  @Test
  void theSameDealWonTwiceGetsTheSameMessageId() {
    OutboxMessage first = Handoff.fromWonDeal(DEAL, "corr-1", WON).snapshot().outbox().getFirst();
    OutboxMessage again =
        Handoff.fromWonDeal(DEAL, "corr-2", WON.plusSeconds(60)).snapshot().outbox().getFirst();

    assertThat(again.messageId()).isEqualTo(first.messageId());
  }

  @Test
  void openingAnOpenHandoffAgainChangesNothing() {
    Handoff handoff = Handoff.fromWonDeal(DEAL, "corr-1", WON);

    assertThat(handoff.open(11L, BRIEF_DUE, WON.plusSeconds(1))).isTrue();
    assertThat(handoff.open(22L, BRIEF_DUE.plusSeconds(5), WON.plusSeconds(2))).isFalse();

    assertThat(handoff.status()).isEqualTo(HandoffStatus.AWAITING_BRIEF);
    assertThat(handoff.snapshot().processInstanceKey()).isEqualTo(11L);
    assertThat(handoff.snapshot().briefDueAt()).isEqualTo(BRIEF_DUE);
  }

  @Test
  void aReturnedHandoffGoesBackToTheBriefAndKeepsEveryRound() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);
    handoff.completeBrief(Brief.empty(), 0, WON.plusSeconds(100), WON.plusSeconds(10));

    assertThat(
            handoff.returnWithQuestions(
                "Who signs off?", 0, BRIEF_DUE.plusSeconds(50), WON.plusSeconds(20)))
        .isTrue();
    assertThat(
            handoff.returnWithQuestions(
                "Who signs off?", 0, BRIEF_DUE.plusSeconds(60), WON.plusSeconds(25)))
        .isFalse();
    assertThat(handoff.completeBrief(Brief.empty(), 0, WON.plusSeconds(200), WON.plusSeconds(30)))
        .isFalse();
    assertThat(handoff.completeBrief(Brief.empty(), 1, WON.plusSeconds(200), WON.plusSeconds(30)))
        .isTrue();
    handoff.recordDecider("amy");
    assertThat(handoff.accept("Kickoff Monday", WON.plusSeconds(40))).isTrue();

    assertThat(handoff.returnCount()).isEqualTo(1);
    assertThat(handoff.snapshot().returns().getFirst().questions()).isEqualTo("Who signs off?");
    assertThat(handoff.timeToBrief()).hasValue(Duration.ofSeconds(10));
    assertThat(handoff.timeToAccept()).hasValue(Duration.ofSeconds(40));
    assertThat(handoff.snapshot().history())
        .extracting(StatusChange::status)
        .containsExactly(
            HandoffStatus.DEAL_WON,
            HandoffStatus.AWAITING_BRIEF,
            HandoffStatus.AWAITING_ACCEPTANCE,
            HandoffStatus.AWAITING_BRIEF,
            HandoffStatus.AWAITING_ACCEPTANCE,
            HandoffStatus.ACCEPTED);
  }

  @Test
  void aRedeliveredAcceptanceKeepsTheFirstOne() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);
    handoff.recordDecider("amy");

    assertThat(handoff.accept("Kickoff Monday", WON.plusSeconds(5))).isTrue();
    assertThat(handoff.recordDecider("alex")).as("decided already").isFalse();
    assertThat(handoff.accept("Kickoff Monday", WON.plusSeconds(9))).isFalse();

    assertThat(handoff.snapshot().accountManager()).isEqualTo("amy");
    assertThat(handoff.snapshot().acceptedAt()).isEqualTo(WON.plusSeconds(5));
  }

  @Test
  void theCustomerGoesToWhoeverDecidedLastAndNobodyAcceptsWithoutADecider() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);
    assertThatThrownBy(() -> handoff.accept("Kickoff Monday", WON.plusSeconds(5)))
        .isInstanceOf(HandoffStateException.class)
        .hasMessageContaining("no account manager completed its acceptance task");

    assertThat(handoff.recordDecider("amy")).isTrue();
    assertThat(handoff.recordDecider("amy")).as("a redelivered listener job").isFalse();
    assertThat(handoff.recordDecider("alex")).isTrue();
    assertThat(handoff.accept("Kickoff Monday", WON.plusSeconds(5))).isTrue();

    assertThat(handoff.snapshot().accountManager()).isEqualTo("alex");
  }

  @Test
  void theBriefCannotBeEditedOnceItIsWithTheAccountManagers() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);
    handoff.completeBrief(Brief.empty(), 0, WON.plusSeconds(100), WON.plusSeconds(10));

    assertThatThrownBy(() -> handoff.saveDraft(Brief.empty()))
        .isInstanceOf(HandoffStateException.class)
        .hasMessageContaining("AWAITING_ACCEPTANCE");
  }

  @Test
  void anEscalationIsRecordedOncePerStageAndRound() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);

    assertThat(handoff.recordEscalation("brief", 0, BRIEF_DUE)).isTrue();
    assertThat(handoff.recordEscalation("brief", 0, BRIEF_DUE.plusSeconds(1))).isFalse();
    assertThat(handoff.isOverdue(BRIEF_DUE.plusSeconds(1))).isTrue();
    assertThat(handoff.isOverdue(BRIEF_DUE.minusSeconds(1))).isFalse();
    assertThat(handoff.snapshot().escalations()).hasSize(1);
  }

  @Test
  void aHandoffOpenedByTheProcessHasNothingToAnnounce() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, BRIEF_DUE, WON);

    assertThat(handoff.status()).isEqualTo(HandoffStatus.AWAITING_BRIEF);
    assertThat(handoff.snapshot().outbox()).isEqualTo(List.of());
  }
}
