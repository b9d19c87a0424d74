package io.baton.retention.saveplay.application;

import static io.baton.retention.RetentionApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.retention.RetentionApi;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionStateException;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.testsupport.BatonServiceTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The use cases the {@code renewal-risk-intervention} workers will call: decide the play, show the
 * "run save play" form its context, escalate to a sponsor, record the outcome — each idempotent.
 */
@BatonServiceTest
class SavePlayWorkIT {

  @Autowired private TestRestTemplate http;
  @Autowired private TriggeringSavePlay triggeringSavePlay;
  @Autowired private DecidingSavePlay decidingSavePlay;
  @Autowired private SavePlayQueries savePlayQueries;
  @Autowired private EscalatingSavePlay escalatingSavePlay;
  @Autowired private RecordingOutcome recordingOutcome;
  private RetentionApi api;

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @Test
  void recordsThePlayDecisionOnceAndRefusesOneWithoutAPlayType() {
    String interventionId = startedFor(api.active(newId("deal"), Map.of()));
    Map<String, Object> inputs =
        Map.of("band", "yellow", "arr", 48000, "riskReasons", List.of("agent-request"));

    Intervention decided =
        decidingSavePlay.recordDecision(
            new DecideSavePlay(interventionId, "executive-business-review", "EBR", "amy", inputs));
    Intervention again =
        decidingSavePlay.recordDecision(
            new DecideSavePlay(interventionId, "executive-business-review", "EBR", "amy", inputs));

    assertThat(decided.play()).isEqualTo("executive-business-review");
    assertThat(again.snapshot().version()).isEqualTo(decided.snapshot().version());
    assertThat(decided.snapshot().decision().inputs()).containsEntry("band", "yellow");
    assertThatThrownBy(
            () ->
                decidingSavePlay.recordDecision(
                    new DecideSavePlay(interventionId, null, null, "amy", Map.of())))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void givesTheRunSavePlayFormTheCustomersHealthPromisesOnboardingAndRequests() {
    String customerId = api.active(newId("deal"), Map.of());
    api.signals(customerId, "champion-left", "payment-late");
    String interventionId = startedFor(customerId);

    SavePlayContext context = savePlayQueries.contextFor(interventionId);

    assertThat(context.customerId()).isEqualTo(customerId);
    assertThat(context.health().score()).isEqualTo(75);
    assertThat(context.recentChanges()).hasSize(3);
    assertThat(context.recentChanges().getFirst().cause()).isEqualTo(HealthCause.SIGNAL_RECEIVED);
    assertThat(context.recentChanges().getFirst().summary())
        .contains("commercial 100 → 60 (payment-late");
    assertThat(context.promises())
        .singleElement()
        .satisfies(promise -> assertThat(promise.text()).isEqualTo("SSO before go-live"));
    assertThat(context.onboardingHistory())
        .singleElement()
        .satisfies(checkpoint -> assertThat(checkpoint.daysLate()).isEqualTo(2));
    assertThat(context.timeToValueDays()).isEqualTo(21);
    assertThat(context.triggers())
        .singleElement()
        .satisfies(trigger -> assertThat(trigger.triggeredBy()).isEqualTo("sam"));
    assertThat(context.riskReasons())
        .containsExactly(
            RiskReason.AGENT_REQUEST, RiskReason.PAYMENT_LATE, RiskReason.CHAMPION_LEFT);
    assertThat(
            api.json("/api/save-plays/" + interventionId + "/context")
                .path("health")
                .path("band")
                .asText())
        .isEqualTo("green");
  }

  @Test
  void theProcessDecisionGivesTheSavePlayItsTermsAndItsContext() {
    String interventionId = startedFor(api.active(newId("deal"), Map.of()));
    Instant before = Instant.now();

    DecidedSavePlay decided =
        decidingSavePlay.recordProcessDecision(
            DecideSavePlay.byProcess(
                interventionId, "save-call", "account-managers", Map.of("segment", "smb")));

    assertThat(decided.context().decision().playType()).isEqualTo("save-call");
    assertThat(decided.context().decision().workedBy()).isEqualTo("account-managers");
    assertThat(decided.dueAt())
        .isBetween(
            before.plus(Duration.ofDays(7)).minusSeconds(1),
            Instant.now().plus(Duration.ofDays(7)));
    assertThat(decided.sponsorNeeded()).as("48,000 ARR is below the sponsor threshold").isFalse();
    assertThat(decided.taskPriority()).as("a green customer's save play").isEqualTo(70);
  }

  @Test
  void engagesTheSponsorsOnceSayingWhy() {
    String interventionId = startedFor(api.active(newId("deal"), Map.of()));

    escalatingSavePlay.engageSponsors(interventionId, "executive-sponsors", true);
    Intervention again =
        escalatingSavePlay.engageSponsors(interventionId, "executive-sponsors", true);

    assertThat(again.snapshot().escalations())
        .singleElement()
        .satisfies(
            escalation ->
                assertThat(escalation.reason()).isEqualTo("ARR above the sponsor threshold"));
  }

  @Test
  void recordsAnEscalationToASponsorOnce() {
    String interventionId = startedFor(api.active(newId("deal"), Map.of()));

    escalatingSavePlay.recordEscalation(
        interventionId, "cfo@acme.example", "ARR above the threshold");
    Intervention again =
        escalatingSavePlay.recordEscalation(
            interventionId, "cfo@acme.example", "ARR above the threshold");

    assertThat(again.snapshot().escalations())
        .singleElement()
        .satisfies(escalation -> assertThat(escalation.sponsor()).isEqualTo("cfo@acme.example"));
    assertThatThrownBy(() -> escalatingSavePlay.recordEscalation(interventionId, " ", null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void recordsAnOutcomeOnceEvenWhenTheJobIsDeliveredAgain() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = startedFor(customerId);
    decidingSavePlay.recordDecision(
        new DecideSavePlay(interventionId, "save-call", "Save call", "amy", Map.of()));
    OutcomeReport churned =
        new OutcomeReport(Outcome.CHURNED, null, "amy", null, "Moved to a rival");

    RecordingOutcome.Recording first = recordingOutcome.record(interventionId, churned);
    RecordingOutcome.Recording redelivered = recordingOutcome.record(interventionId, churned);

    assertThat(first.recorded()).isTrue();
    assertThat(redelivered.recorded()).isFalse();
    assertThat(first.intervention().outcome().arrLost()).isEqualByComparingTo("48000");
    assertThat(first.intervention().outcome().play()).isEqualTo("save-call");
    assertThat(redelivered.customer().lifecycle()).isEqualTo(Lifecycle.CHURNED);
    assertThat(redelivered.customer().profile().arr()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(redelivered.customer().snapshot().version())
        .isEqualTo(first.customer().snapshot().version());
    assertThatThrownBy(
            () ->
                decidingSavePlay.recordDecision(
                    new DecideSavePlay(interventionId, "save-call", null, "amy", Map.of())))
        .isInstanceOf(InterventionStateException.class);
  }

  @Test
  void theOutcomeOfTheTaskIsWorkedByWhoCompletedItRecordedOnceHoweverOftenTheListenerRuns() {
    String interventionId = startedFor(api.active(newId("deal"), Map.of()));
    decidingSavePlay.recordDecision(
        new DecideSavePlay(interventionId, "save-call", "Save call", "account-managers", Map.of()));

    Intervention claimed = recordingOutcome.recordWorker(interventionId, "sue");
    Intervention redelivered = recordingOutcome.recordWorker(interventionId, "sue");
    OutcomeReport report =
        savePlayQueries
            .get(interventionId)
            .reportedInTask(Outcome.SAVED, null, null, "Payment plan");
    RecordingOutcome.Recording recorded = recordingOutcome.record(interventionId, report);

    assertThat(claimed.snapshot().workedBy()).isEqualTo("sue");
    assertThat(redelivered.snapshot().version()).isEqualTo(claimed.snapshot().version());
    assertThat(recorded.intervention().outcome().workedBy()).isEqualTo("sue");
  }

  @Test
  void aRequestTheHealthMadeIsNeverStartedTwice() {
    String customerId = api.active(newId("deal"), Map.of());
    SavePlayTrigger trigger = SavePlayTrigger.healthRed(customerId, Instant.now());

    TriggeringSavePlay.Triggering first = triggeringSavePlay.trigger(customerId, trigger, "corr-1");
    recordingOutcome.record(
        first.intervention().interventionId(),
        new OutcomeReport(Outcome.SAVED, null, "amy", "call", null));
    TriggeringSavePlay.Triggering replayed =
        triggeringSavePlay.trigger(customerId, trigger, "corr-1");

    assertThat(first.started()).isTrue();
    assertThat(replayed.started()).isFalse();
    assertThat(replayed.intervention().interventionId())
        .isEqualTo(first.intervention().interventionId());
    assertThat(first.intervention().snapshot().band()).isEqualTo(Band.GREEN);
  }

  private String startedFor(String customerId) {
    return triggeringSavePlay
        .requestByAgent(new RequestSavePlay(customerId, "Unhappy", "T-9", "sam", "corr-1", null))
        .intervention()
        .interventionId();
  }
}
