package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's lineage as the handoff computes it from what it recorded. */
class LineageTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-02T09:00:00Z");
  private static final Instant DUE = RECEIVED.plus(Duration.ofHours(1));
  private static final Instant WON = Instant.parse("2026-11-20T10:00:00Z");
  private static final WonDeal DEAL =
      new WonDeal(
          "deal-9",
          "L-9",
          "Acme Corp",
          "sam",
          new BigDecimal("48000"),
          LocalDate.parse("2026-11-20"));

  @Test
  void anAcceptedHandoffCarriesTheLeadTheDealAndHowTheHandoffWent() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    handoff.attachContext(context(RECEIVED.plus(Duration.ofMinutes(42)), DUE));
    Instant briefed = WON.plus(Duration.ofHours(3));
    handoff.completeBrief(Brief.empty(), 0, briefed.plus(Duration.ofDays(2)), briefed);
    handoff.returnWithQuestions(
        "Who signs off?", 0, briefed.plus(Duration.ofDays(1)), briefed.plusSeconds(60));
    handoff.completeBrief(
        Brief.empty(), 1, briefed.plus(Duration.ofDays(3)), briefed.plus(Duration.ofHours(5)));
    handoff.recordDecider("amy");
    Instant accepted = briefed.plus(Duration.ofHours(26)).plus(Duration.ofMinutes(33));
    handoff.accept("Kickoff Monday", accepted);

    Lineage lineage = handoff.lineage();

    assertThat(lineage)
        .isEqualTo(
            new Lineage(
                "L-9",
                "spring-launch",
                "webinar",
                "demo-request",
                "event-follow-up",
                "standard",
                "sam",
                RECEIVED,
                RECEIVED.plus(Duration.ofMinutes(42)),
                42,
                true,
                WON,
                1,
                accepted,
                26.6,
                "amy"));
  }

  @Test
  void hoursToAcceptCountFromTheFirstBriefNotTheLast() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    Instant firstBrief = WON.plus(Duration.ofHours(2));
    handoff.completeBrief(Brief.empty(), 0, firstBrief.plus(Duration.ofDays(2)), firstBrief);
    handoff.returnWithQuestions("Scope?", 0, firstBrief.plus(Duration.ofDays(1)), firstBrief);
    handoff.completeBrief(
        Brief.empty(),
        1,
        firstBrief.plus(Duration.ofDays(3)),
        firstBrief.plus(Duration.ofHours(9)));
    handoff.recordDecider("amy");
    handoff.accept(null, firstBrief.plus(Duration.ofHours(10)));

    assertThat(handoff.lineage().hoursToAccept()).isEqualTo(10.0);
  }

  @Test
  void withoutABriefHoursToAcceptCountFromTheDealWon() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    handoff.recordDecider("amy");
    handoff.accept(null, WON.plus(Duration.ofMinutes(90)));

    assertThat(handoff.lineage().hoursToAccept()).isEqualTo(1.5);
  }

  @Test
  void aHandoffNotYetAcceptedKnowsNoAcceptance() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    handoff.recordDecider("amy");

    Lineage lineage = handoff.lineage();

    assertThat(lineage.acceptedAt()).isNull();
    assertThat(lineage.hoursToAccept()).isNull();
    assertThat(lineage.acceptingAccountManager())
        .as("who decided is no acceptance until the handoff is accepted")
        .isNull();
    assertThat(lineage.handoffReturns()).isZero();
    assertThat(lineage.dealWonAt()).isEqualTo(WON);
  }

  @Test
  void aDealWhoseLeadIsUnknownCarriesOnlyTheDealAndTheHandoff() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    handoff.attachContext(LeadContext.missing("L-9", WON));

    Lineage lineage = handoff.lineage();

    assertThat(lineage.leadId()).isEqualTo("L-9");
    assertThat(lineage.salesOwner()).isEqualTo("sam");
    assertThat(lineage.campaign()).isNull();
    assertThat(lineage.sourceChannel()).isNull();
    assertThat(lineage.leadReceivedAt()).isNull();
    assertThat(lineage.minutesToFirstContact()).isNull();
    assertThat(lineage.firstContactWithinSla()).isNull();
  }

  @Test
  void aFirstContactAfterItWasDueIsOutsideTheSla() {
    Handoff handoff = Handoff.openedByProcess(DEAL, 11L, WON.plus(Duration.ofDays(1)), WON);
    handoff.attachContext(context(DUE.plusSeconds(1), DUE));

    assertThat(handoff.lineage().firstContactWithinSla()).isFalse();
    assertThat(handoff.lineage().minutesToFirstContact()).isEqualTo(60);
  }

  @Test
  void withoutAnSlaTargetOrAFirstContactWhetherItWasWithinTheSlaIsUnknown() {
    assertThat(Lineage.withinSla(RECEIVED, null)).isNull();
    assertThat(Lineage.withinSla(null, DUE)).isNull();
    assertThat(Lineage.withinSla(DUE, DUE)).as("exactly when it was due").isTrue();
    assertThat(Lineage.minutesBetween(RECEIVED, null)).isNull();
  }

  @Test
  void minutesAreWholeAndHoursRoundHalfUpToOneDecimal() {
    assertThat(Lineage.minutesBetween(RECEIVED, RECEIVED.plusSeconds(119))).isEqualTo(1);
    assertThat(Lineage.hoursBetween(WON, WON.plusSeconds(180))).isEqualTo(0.1);
    assertThat(Lineage.hoursBetween(WON, WON.plusSeconds(179))).isEqualTo(0.0);
    assertThat(Lineage.hoursBetween(WON, WON.plus(Duration.ofDays(3)))).isEqualTo(72.0);
    assertThat(Lineage.hoursBetween(null, WON)).isNull();
  }

  private static LeadContext context(Instant firstContactAt, Instant firstContactDueAt) {
    return new LeadContext(
        "L-9",
        true,
        "webinar",
        "spring-launch",
        "demo-request",
        "event-follow-up",
        "standard",
        "rita",
        RECEIVED,
        firstContactAt,
        firstContactDueAt,
        List.of(),
        List.of(),
        WON);
  }
}
