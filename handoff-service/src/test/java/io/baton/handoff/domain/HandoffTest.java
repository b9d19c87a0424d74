package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HandoffTest {

  private static final Instant WON = Instant.parse("2026-11-20T10:00:00Z");
  private static final WonDeal DEAL =
      new WonDeal("deal-7", "Acme Corp", "sam", new BigDecimal("48000"), LocalDate.parse("2026-11-20"));

  @Test
  void aWonDealWaitsInTheOutboxUntilTheEngineHasItsDealWonMessage() {
    Handoff handoff = Handoff.fromWonDeal(DEAL, "corr-1", WON);

    assertThat(handoff.status()).isEqualTo(HandoffStatus.DEAL_WON);
    assertThat(handoff.outbox()).singleElement().satisfies(message -> {
      assertThat(message.isPending()).isTrue();
      assertThat(message.messageName()).isEqualTo("deal-won");
      assertThat(message.correlationKey()).isEqualTo("deal-7");
      assertThat(message.messageId()).isEqualTo("deal-won:deal-7");
      assertThat(message.variables())
          .containsEntry("dealId", "deal-7")
          .containsEntry("customerName", "Acme Corp")
          .containsEntry("correlationId", "corr-1");
    });
  }

  @Test
  void theSameDealWonTwiceGetsTheSameMessageId() {
    OutboxMessage first = Handoff.fromWonDeal(DEAL, "corr-1", WON).outbox().getFirst();
    OutboxMessage again = Handoff.fromWonDeal(DEAL, "corr-2", WON.plusSeconds(60)).outbox().getFirst();

    assertThat(again.messageId()).isEqualTo(first.messageId());
  }

  @Test
  void openingAnOpenHandoffAgainChangesNothing() {
    Handoff handoff = Handoff.fromWonDeal(DEAL, "corr-1", WON);

    assertThat(handoff.open(11L, WON.plusSeconds(1))).isTrue();
    assertThat(handoff.open(22L, WON.plusSeconds(2))).isFalse();

    assertThat(handoff.status()).isEqualTo(HandoffStatus.AWAITING_ACCEPTANCE);
    assertThat(handoff.processInstanceKey()).isEqualTo(11L);
    assertThat(handoff.openedAt()).isEqualTo(WON.plusSeconds(1));
  }

  @Test
  void aRedeliveredAcceptanceKeepsTheFirstOne() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON);

    assertThat(handoff.accept("amy", "Kickoff Monday", WON.plusSeconds(5))).isTrue();
    assertThat(handoff.accept("amy", "Kickoff Monday", WON.plusSeconds(9))).isFalse();

    assertThat(handoff.status()).isEqualTo(HandoffStatus.ACCEPTED);
    assertThat(handoff.accountManager()).isEqualTo("amy");
    assertThat(handoff.acceptedAt()).isEqualTo(WON.plusSeconds(5));
  }

  @Test
  void aHandoffOpenedByTheProcessHasNothingToAnnounce() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON);

    assertThat(handoff.status()).isEqualTo(HandoffStatus.AWAITING_ACCEPTANCE);
    assertThat(handoff.outbox()).isEmpty();
  }
}
