package io.baton.onboarding.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.baton.onboarding.RetentionServiceStubbed;
import io.baton.onboarding.domain.CheckpointStatus;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlanStateException;
import io.baton.onboarding.domain.PlanFixtures.AcceptedHandoffBuilder;
import io.baton.onboarding.domain.PlanStatus;
import io.baton.onboarding.domain.Slip;
import io.baton.testsupport.BatonServiceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the onboarding process's workers call: slips recorded once, confirmations from user tasks,
 * and every sign of trouble and the final hand-over sent to retention-service (WireMock here).
 */
@BatonServiceTest
class RetentionSignallingIT extends RetentionServiceStubbed {

  private static final List<String> CHECKPOINTS =
      List.of("kickoff", "technical-setup", "training", "go-live", "first-value");

  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private MarkingCheckpointBehind markingCheckpointBehind;
  @Autowired private CompletingCheckpoint completingCheckpoint;
  @Autowired private ReportingBlocker reportingBlocker;
  @Autowired private ResolvingPromise resolvingPromise;
  @Autowired private SignallingRetention signallingRetention;
  @Autowired private HandingOverToRetention handingOver;
  @Autowired private OnboardingQueries queries;

  @Test
  void aSlipIsRecordedOnceAndSignalledUnderItsStableId() {
    start(anAcceptedHandoff("sig-1"));
    RETENTION_SERVICE.stubFor(post("/api/customers/sig-1/signals").willReturn(status(201)));

    Slip first = markingCheckpointBehind.markBehind("sig-1", "kickoff");
    Slip again = markingCheckpointBehind.markBehind("sig-1", "kickoff");
    boolean recorded = signallingRetention.signalSlip("sig-1", "kickoff");

    assertThat(first.behind()).isTrue();
    assertThat(first.newlyBehind()).isTrue();
    assertThat(again.newlyBehind()).isFalse();
    OnboardingPlan plan = queries.get("sig-1");
    assertThat(plan.status()).isEqualTo(PlanStatus.BEHIND);
    assertThat(plan.snapshot().version()).isEqualTo(1L);
    assertThat(recorded).isTrue();
    RETENTION_SERVICE.verify(
        postRequestedFor(urlEqualTo("/api/customers/sig-1/signals"))
            .withRequestBody(
                matchingJsonPath("$.signalId", equalTo("onboarding-slip:sig-1/kickoff")))
            .withRequestBody(matchingJsonPath("$.type", equalTo("onboarding-slip")))
            .withRequestBody(
                matchingJsonPath(
                    "$.occurredAt",
                    equalTo(plan.checkpoint("kickoff").orElseThrow().behindSince().toString())))
            .withRequestBody(matchingJsonPath("$.details.reason", equalTo("slip"))));
  }

  @Test
  void refusesToSignalASlipThatNeverHappened() {
    start(anAcceptedHandoff("sig-2"));

    assertThatThrownBy(() -> signallingRetention.signalSlip("sig-2", "kickoff"))
        .isInstanceOf(OnboardingPlanStateException.class);
    assertThat(RETENTION_SERVICE.getAllServeEvents()).isEmpty();
  }

  @Test
  void aBlockerIsSignalledAsASlipOfItsCheckpoint() {
    start(anAcceptedHandoff("sig-3"));
    reportingBlocker.report(
        new ReportBlocker("sig-3", "technical-setup", "Nobody can configure SSO", "tom"));
    RETENTION_SERVICE.stubFor(post("/api/customers/sig-3/signals").willReturn(status(201)));

    signallingRetention.signalBlocker("sig-3", "blocker-1");

    RETENTION_SERVICE.verify(
        postRequestedFor(urlEqualTo("/api/customers/sig-3/signals"))
            .withRequestBody(
                matchingJsonPath("$.signalId", equalTo("onboarding-slip:sig-3/blocker/blocker-1")))
            .withRequestBody(matchingJsonPath("$.details.checkpointId", equalTo("technical-setup")))
            .withRequestBody(matchingJsonPath("$.details.reason", equalTo("blocker"))));
  }

  @Test
  void aSignalForACustomerRetentionDoesNotKnowRegistersTheCustomerFirst() {
    start(
        anAcceptedHandoff("sig-4")
            .withPromise("Salesforce sync", "sam", LocalDate.parse("2027-01-15")));
    resolvingPromise.flagMissed(
        new FlagPromiseMissed("sig-4", "promise-1", "Sync is not in the product", "amy"));
    RETENTION_SERVICE.stubFor(
        post("/api/customers/sig-4/signals")
            .inScenario("unknown")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(status(404))
            .willSetStateTo("registered"));
    RETENTION_SERVICE.stubFor(
        post("/api/customers/sig-4/signals")
            .inScenario("unknown")
            .whenScenarioStateIs("registered")
            .willReturn(status(201)));
    RETENTION_SERVICE.stubFor(put("/api/customers/sig-4").willReturn(status(201)));

    assertThat(signallingRetention.signalPromiseMissed("sig-4", "promise-1")).isTrue();

    RETENTION_SERVICE.verify(1, putRequestedFor(urlEqualTo("/api/customers/sig-4")));
    RETENTION_SERVICE.verify(
        2,
        postRequestedFor(urlEqualTo("/api/customers/sig-4/signals"))
            .withRequestBody(
                matchingJsonPath("$.signalId", equalTo("promise-missed:sig-4/promise-1")))
            .withRequestBody(
                matchingJsonPath("$.details.reason", equalTo("Sync is not in the product"))));
  }

  @Test
  void aConfirmationInAUserTaskCompletesTheCheckpointAsWhoCompletedTheTaskWithoutAMessage() {
    start(anAcceptedHandoff("sig-5"));

    OnboardingPlan claimed = completingCheckpoint.recordConfirmer("sig-5", "kickoff", "tom");
    OnboardingPlan redelivered = completingCheckpoint.recordConfirmer("sig-5", "kickoff", "tom");
    OnboardingPlan confirmed =
        completingCheckpoint.recordConfirmation("sig-5", "kickoff", "Kickoff call held");
    OnboardingPlan again =
        completingCheckpoint.recordConfirmation("sig-5", "kickoff", "Kickoff call held");

    assertThat(claimed.checkpoint("kickoff").orElseThrow().confirmedBy()).isEqualTo("tom");
    assertThat(redelivered.snapshot().version()).isEqualTo(claimed.snapshot().version());
    assertThat(confirmed.checkpoint("kickoff").orElseThrow().status())
        .isEqualTo(CheckpointStatus.DONE);
    assertThat(confirmed.checkpoint("kickoff").orElseThrow().completedBy()).isEqualTo("tom");
    assertThat(again.snapshot().version()).isEqualTo(confirmed.snapshot().version());
    assertThat(confirmed.snapshot().outbox())
        .extracting(m -> m.messageName())
        .containsExactly("onboarding-started");
  }

  @Test
  void handsTheCustomerOverOnceAfterFirstValueRegisteringItIfNeeded() {
    start(anAcceptedHandoff("sig-6").withLineage().withPromise("SSO", "sam", null));
    assertThatThrownBy(() -> handingOver.handOver("sig-6"))
        .isInstanceOf(OnboardingPlanStateException.class);
    CHECKPOINTS.forEach(
        checkpoint -> {
          completingCheckpoint.recordConfirmer("sig-6", checkpoint, "amy");
          completingCheckpoint.recordConfirmation("sig-6", checkpoint, "done");
        });
    RETENTION_SERVICE.stubFor(
        post("/api/customers/sig-6/handover")
            .inScenario("handover")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(status(404))
            .willSetStateTo("registered"));
    RETENTION_SERVICE.stubFor(
        post("/api/customers/sig-6/handover")
            .inScenario("handover")
            .whenScenarioStateIs("registered")
            .willReturn(status(201)));
    RETENTION_SERVICE.stubFor(put("/api/customers/sig-6").willReturn(status(201)));

    OnboardingPlan handedOver = handingOver.handOver("sig-6");
    handingOver.handOver("sig-6");

    assertThat(handedOver.status()).isEqualTo(PlanStatus.HANDED_OVER);
    assertThat(handedOver.snapshot().handedOverAt()).isNotNull();
    assertThat(queries.get("sig-6").status()).isEqualTo(PlanStatus.HANDED_OVER);
    RETENTION_SERVICE.verify(
        1,
        putRequestedFor(urlEqualTo("/api/customers/sig-6"))
            .withRequestBody(matchingJsonPath("$.lineage.campaign", equalTo("spring-launch")))
            .withRequestBody(matchingJsonPath("$.lineage.acceptingAccountManager", equalTo("amy")))
            .withRequestBody(WireMock.not(matchingJsonPath("$.lineage.segment"))));
    RETENTION_SERVICE.verify(
        2,
        postRequestedFor(urlEqualTo("/api/customers/sig-6/handover"))
            .withRequestBody(matchingJsonPath("$.promises[0].status", equalTo("pending")))
            .withRequestBody(matchingJsonPath("$.onboardingHistory[4].status", equalTo("done")))
            .withRequestBody(matchingJsonPath("$.lineage.leadPlay", equalTo("event-follow-up")))
            .withRequestBody(matchingJsonPath("$.lineage.segment", equalTo("mid-market")))
            .withRequestBody(matchingJsonPath("$.lineage.promisesMissed", equalTo("0")))
            .withRequestBody(matchingJsonPath("$.lineage.firstValueLate", equalTo("false"))));
  }

  private void start(AcceptedHandoffBuilder handoff) {
    startingOnboarding.start(handoff.build(), "signalling-test");
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json");
  }
}
