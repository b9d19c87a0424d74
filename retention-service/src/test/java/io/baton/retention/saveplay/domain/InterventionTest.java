package io.baton.retention.saveplay.domain;

import static io.baton.retention.health.domain.Fixtures.NOW;
import static io.baton.retention.health.domain.Fixtures.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Fixtures;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.shared.domain.InputProblem;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterventionTest {

  private static final HealthScoring SCORING = new HealthScoring(Fixtures.defaultModel());
  private static final BigDecimal ARR = new BigDecimal("48000");

  @Test
  void startingPutsOneSavePlayRequestedMessageInTheOutbox() {
    Intervention intervention =
        started(SavePlayTrigger.agentRequest("Unhappy with SSO", "sam", "T-42", NOW));

    assertThat(intervention.snapshot().outbox())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.isPending()).isTrue();
              assertThat(message.messageName()).isEqualTo("save-play-requested");
              assertThat(message.correlationKey()).isEqualTo("deal-1");
              assertThat(message.messageId()).isEqualTo("save-play-requested:sp-1");
              assertThat(message.variables())
                  .containsEntry("interventionId", "sp-1")
                  .containsEntry("customerId", "deal-1")
                  .containsEntry("customerName", "Acme Corp")
                  .containsEntry("segment", "mid-market")
                  .containsEntry("arr", 48000.0)
                  .containsEntry("healthScore", 87)
                  .containsEntry("band", "green")
                  .containsEntry("riskReasons", List.of("agent-request"))
                  .containsEntry("triggerReason", "Unhappy with SSO")
                  .containsEntry("triggeredBy", "sam")
                  .containsEntry("sourceTicket", "T-42")
                  .containsEntry("renewalDate", "2027-06-15")
                  .containsEntry("correlationId", "corr-1");
            });
  }

  @Test
  void leavesOutTheSourceTicketWhenThereIsNone() {
    OutboxMessage message =
        started(SavePlayTrigger.healthRed("deal-1", NOW)).snapshot().outbox().getFirst();

    assertThat(message.variables())
        .doesNotContainKey("sourceTicket")
        .containsEntry("triggerReason", "health-red");
  }

  @Test
  void attachesALaterRequestOnceWithTheRisksItAdds() {
    Intervention intervention = started(SavePlayTrigger.agentRequest("Unhappy", "sam", null, NOW));
    SavePlayTrigger renewal =
        SavePlayTrigger.renewalRisk("deal-1", java.time.LocalDate.parse("2027-06-15"), "P90D", NOW);

    assertThat(
            intervention.attach(renewal, List.of(RiskReason.RENEWAL_RISK, RiskReason.PAYMENT_LATE)))
        .isTrue();
    assertThat(intervention.attach(renewal, List.of(RiskReason.RENEWAL_RISK))).isFalse();

    Intervention.Snapshot s = intervention.snapshot();
    assertThat(s.triggers()).hasSize(2);
    assertThat(s.riskReasons())
        .containsExactly(
            RiskReason.AGENT_REQUEST, RiskReason.RENEWAL_RISK, RiskReason.PAYMENT_LATE);
    assertThat(s.outbox()).hasSize(1);
  }

  @Test
  void recordsADecisionOnceAndRefusesOneWithoutPlayType() {
    Intervention intervention = started(SavePlayTrigger.healthRed("deal-1", NOW));
    Map<String, Object> inputs = Map.of("band", "red", "arr", 48000);

    assertThat(
            intervention.decide(
                new PlayDecision("executive-business-review", "EBR", "amy", inputs, NOW)))
        .isTrue();
    assertThat(
            intervention.decide(
                new PlayDecision(
                    "executive-business-review", "EBR", "amy", inputs, NOW.plusSeconds(9))))
        .isFalse();
    assertThat(intervention.play()).isEqualTo("executive-business-review");
    assertThatThrownBy(
            () -> intervention.decide(new PlayDecision("Not Kebab", null, " ", Map.of(), NOW)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .containsExactly("playType", "workedBy"));
  }

  @Test
  void escalatesOncePerSponsor() {
    Intervention intervention = started(SavePlayTrigger.healthRed("deal-1", NOW));

    assertThat(intervention.escalate(new SponsorEscalation("cfo@acme", "ARR above 40k", NOW)))
        .isTrue();
    assertThat(intervention.escalate(new SponsorEscalation("cfo@acme", "again", NOW))).isFalse();
    assertThat(intervention.snapshot().escalations()).hasSize(1);
  }

  @Test
  void aSaveKeepsTheArrBeforeUnlessItNamesAnother() {
    Intervention intervention = decided();

    assertThat(
            intervention.recordOutcome(
                new OutcomeReport(Outcome.SAVED, null, "amy", null, "Fixed SSO"), ARR, NOW))
        .isTrue();

    InterventionOutcome outcome = intervention.outcome();
    assertThat(intervention.status()).isEqualTo(InterventionStatus.CLOSED);
    assertThat(outcome.arrAfter()).isEqualByComparingTo("48000");
    assertThat(outcome.arrKept()).isEqualByComparingTo("48000");
    assertThat(outcome.arrLost()).isEqualByComparingTo("0");
    assertThat(outcome.play()).isEqualTo("executive-business-review");
  }

  @Test
  void aDowngradeKeepsPartAndLosesTheRest() {
    Intervention intervention = decided();

    intervention.recordOutcome(
        new OutcomeReport(Outcome.DOWNGRADED, new BigDecimal("30000"), "amy", "discount", null),
        ARR,
        NOW);

    assertThat(intervention.outcome().arrKept()).isEqualByComparingTo("30000");
    assertThat(intervention.outcome().arrLost()).isEqualByComparingTo("18000");
    assertThat(intervention.play()).isEqualTo("discount");
  }

  @Test
  void aSaveWithExpansionKeepsNoMoreThanTheArrBefore() {
    Intervention intervention = decided();

    intervention.recordOutcome(
        new OutcomeReport(Outcome.SAVED, new BigDecimal("60000"), "amy", null, null), ARR, NOW);

    assertThat(intervention.outcome().arrAfter()).isEqualByComparingTo("60000");
    assertThat(intervention.outcome().arrKept()).isEqualByComparingTo("48000");
  }

  @Test
  void refusesAnOutcomeThatDoesNotFitNamingEachField() {
    Intervention undecided = started(SavePlayTrigger.healthRed("deal-1", NOW));

    assertThatThrownBy(
            () ->
                undecided.recordOutcome(
                    new OutcomeReport(Outcome.DOWNGRADED, new BigDecimal("50000"), " ", null, null),
                    ARR,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .containsExactly("workedBy", "play", "arrAfter"));
    assertThatThrownBy(
            () ->
                undecided.recordOutcome(
                    new OutcomeReport(Outcome.CHURNED, BigDecimal.TEN, "amy", "call", null),
                    ARR,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .containsExactly("arrAfter"));
    assertThat(undecided.isActive()).isTrue();
  }

  @Test
  void theSameOutcomeAgainChangesNothingAndADifferentOneIsRefused() {
    Intervention intervention = decided();
    OutcomeReport churned =
        new OutcomeReport(Outcome.CHURNED, null, "amy", null, "Went to a rival");
    intervention.recordOutcome(churned, ARR, NOW);

    assertThat(intervention.recordOutcome(churned, BigDecimal.ZERO, NOW.plusSeconds(5))).isFalse();
    assertThatThrownBy(
            () ->
                intervention.recordOutcome(
                    new OutcomeReport(Outcome.SAVED, null, "amy", null, null), ARR, NOW))
        .isInstanceOf(InterventionStateException.class)
        .hasMessageContaining("churned");
    assertThat(intervention.outcome().arrLost()).isEqualByComparingTo("48000");
  }

  @Test
  void aSavePlayAskedForFromAnOlderTicketStartedWhenTheTicketCameIn() {
    Instant ticketCameIn = NOW.minus(Duration.ofDays(40));

    Intervention intervention =
        started(SavePlayTrigger.agentRequest("Unhappy", "sam", "T-7", ticketCameIn));

    assertThat(intervention.startedAt()).isEqualTo(ticketCameIn);
    assertThat(intervention.snapshot().outbox().getFirst().createdAt()).isEqualTo(NOW);
  }

  @Test
  void anAgentCannotHaveAskedBeforeTheContractDate() {
    LocalDate contract = LocalDate.parse("2026-06-15");

    assertThat(
            SavePlayTrigger.agentRequest(
                    "Unhappy", "sam", null, Instant.parse("2026-06-14T23:59:59Z"))
                .problems(contract))
        .extracting(InputProblem::field)
        .containsExactly("requestedAt");
    assertThat(
            SavePlayTrigger.agentRequest(
                    "Unhappy", "sam", null, Instant.parse("2026-06-15T00:00:00Z"))
                .problems(contract))
        .isEmpty();
    assertThat(
            SavePlayTrigger.healthRed("deal-1", Instant.parse("2026-06-01T00:00:00Z"))
                .problems(contract))
        .as("Baton asks when it notices the risk")
        .isEmpty();
  }

  @Test
  void anOutcomeDecidedEarlierClosesTheSavePlayThen() {
    Intervention intervention = decided();
    Instant decided = NOW.plus(Duration.ofDays(3)).plusNanos(1_500_000);

    intervention.recordOutcome(
        new OutcomeReport(Outcome.CHURNED, null, "amy", null, null, decided),
        ARR,
        NOW.plus(Duration.ofDays(30)));

    Instant millis = decided.truncatedTo(ChronoUnit.MILLIS);
    assertThat(intervention.outcome().recordedAt()).isEqualTo(millis);
    assertThat(intervention.snapshot().closedAt()).isEqualTo(millis);
  }

  @Test
  void anOutcomeWithoutADecisionTimeWasDecidedWhenItIsRecorded() {
    Intervention intervention = decided();

    intervention.recordOutcome(
        new OutcomeReport(Outcome.SAVED, null, "amy", null, null), ARR, NOW.plusSeconds(60));

    assertThat(intervention.outcome().recordedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(intervention.snapshot().closedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void refusesAnOutcomeDecidedBeforeTheSavePlayWasRequestedNamingDecidedAt() {
    Intervention intervention = decided();

    assertThatThrownBy(
            () ->
                intervention.recordOutcome(
                    new OutcomeReport(Outcome.SAVED, null, "amy", null, null, NOW.minusMillis(1)),
                    ARR,
                    NOW.plusSeconds(60)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::field)
                    .containsExactly("decidedAt"));
    assertThat(intervention.isActive()).isTrue();
  }

  @Test
  void theSameOutcomeWithAnotherDecisionTimeIsRefusedAndWithoutOneChangesNothing() {
    Intervention intervention = decided();
    Instant decided = NOW.plus(Duration.ofDays(3));
    intervention.recordOutcome(
        new OutcomeReport(Outcome.SAVED, null, "amy", null, null, decided), ARR, NOW);

    assertThat(
            intervention.recordOutcome(
                new OutcomeReport(Outcome.SAVED, null, "amy", null, null, decided), ARR, NOW))
        .isFalse();
    assertThat(
            intervention.recordOutcome(
                new OutcomeReport(Outcome.SAVED, null, "amy", null, null), ARR, NOW))
        .isFalse();
    assertThatThrownBy(
            () ->
                intervention.recordOutcome(
                    new OutcomeReport(
                        Outcome.SAVED, null, "amy", null, null, decided.plusSeconds(1)),
                    ARR,
                    NOW))
        .isInstanceOf(InterventionStateException.class);
  }

  @Test
  void theUserWhoCompletesTheTaskWorkedTheSavePlayWhoeverCompletesLast() {
    Intervention intervention = decided();

    assertThat(intervention.recordWorker("sue")).isTrue();
    assertThat(intervention.recordWorker("sue")).as("a redelivered listener job").isFalse();
    assertThat(intervention.recordWorker("amy")).isTrue();
    intervention.recordOutcome(
        intervention.reportedInTask(Outcome.SAVED, null, null, "Payment plan"), ARR, NOW);

    assertThat(intervention.outcome().workedBy()).isEqualTo("amy");
    assertThat(intervention.recordWorker("tom")).as("closed").isFalse();
    assertThat(intervention.reportedInTask(Outcome.SAVED, null, null, "Payment plan").workedBy())
        .isEqualTo("amy");
  }

  @Test
  void aTaskNobodyCompletedReportsNoOutcome() {
    Intervention intervention = decided();

    assertThatThrownBy(() -> intervention.reportedInTask(Outcome.SAVED, null, null, null))
        .isInstanceOf(InterventionStateException.class)
        .hasMessageContaining("nobody completed it");
    assertThat(intervention.isActive()).isTrue();
  }

  @Test
  void aClosedInterventionTakesNoTriggerDecisionOrEscalation() {
    Intervention intervention = decided();
    intervention.recordOutcome(new OutcomeReport(Outcome.SAVED, null, "amy", null, null), ARR, NOW);

    assertThatThrownBy(
            () -> intervention.attach(SavePlayTrigger.healthRed("deal-1", NOW), List.of()))
        .isInstanceOf(InterventionStateException.class);
    assertThatThrownBy(
            () -> intervention.decide(new PlayDecision("call", null, "amy", Map.of(), NOW)))
        .isInstanceOf(InterventionStateException.class);
    assertThatThrownBy(() -> intervention.escalate(new SponsorEscalation("cfo", null, NOW)))
        .isInstanceOf(InterventionStateException.class);
  }

  private static Intervention decided() {
    Intervention intervention = started(SavePlayTrigger.healthRed("deal-1", NOW));
    intervention.decide(new PlayDecision("executive-business-review", "EBR", "amy", Map.of(), NOW));
    return intervention;
  }

  private static Intervention started(SavePlayTrigger trigger) {
    Customer customer = Customer.register("deal-1", aProfile(Segment.MID_MARKET), SCORING, NOW);
    return Intervention.start(
        "sp-1",
        customer,
        trigger,
        customer.riskReasons(trigger.source(), SCORING, NOW),
        "corr-1",
        NOW);
  }
}
