package io.baton.onboarding.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.baton.onboarding.domain.PlanFixtures.ONE_YEAR;
import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static io.baton.onboarding.domain.PlanFixtures.smbTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.baton.onboarding.RetentionServiceStubbed;
import io.baton.onboarding.application.CustomerRetention;
import io.baton.onboarding.application.OnboardingSlipSignal;
import io.baton.onboarding.application.PromiseMissedSignal;
import io.baton.onboarding.application.RetentionCustomerUnknownException;
import io.baton.onboarding.application.RetentionUnavailableException;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.testsupport.BatonServiceTest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * retention-service over HTTP: the request shapes of the contract, stable ids, and faults on
 * purpose.
 */
@BatonServiceTest
class CustomerRetentionOverHttpIT extends RetentionServiceStubbed {

  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
  private static final String SIGNALS = "/api/customers/ret-1/signals";

  @Autowired private CustomerRetention retention;

  private final OnboardingPlan plan =
      OnboardingPlan.start(
          anAcceptedHandoff("ret-1")
              .withPromise("SSO before go-live", "sam", LocalDate.parse("2027-01-15"))
              .build(),
          "mid-market",
          smbTemplate(),
          ONE_YEAR,
          START);

  @Test
  void registersTheCustomerWithItsContract() {
    RETENTION_SERVICE.stubFor(put("/api/customers/ret-1").willReturn(status(201)));

    retention.registerCustomer(plan);

    RETENTION_SERVICE.verify(
        putRequestedFor(urlEqualTo("/api/customers/ret-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"customerName":"Acme Corp","segment":"mid-market","accountManager":"amy","arr":48000,
                     "contractDate":"2026-11-20","renewalDate":"2027-11-20"}
                    """)));
  }

  @Test
  void registersTheCustomerWithTheAcquisitionAndHandoffKeysOfItsLineage() {
    RETENTION_SERVICE.stubFor(put("/api/customers/ret-2").willReturn(status(201)));

    retention.registerCustomer(planWithLineage("ret-2"));

    RETENTION_SERVICE.verify(
        putRequestedFor(urlEqualTo("/api/customers/ret-2"))
            .withRequestBody(
                equalToJson(
                    """
                    {"customerName":"Acme Corp","segment":"mid-market","accountManager":"amy","arr":48000,
                     "contractDate":"2026-11-20","renewalDate":"2027-11-20",
                     "lineage":{"leadId":"L-7","campaign":"spring-launch","sourceChannel":"webinar",
                       "interest":"demo-request","leadPlay":"event-follow-up","slaTier":"standard",
                       "salesOwner":"sam","leadReceivedAt":"2026-11-02T09:00:00Z",
                       "firstContactAt":"2026-11-02T09:42:00Z","minutesToFirstContact":42,
                       "firstContactWithinSla":true,"dealWonAt":"2026-11-20T10:00:00Z",
                       "handoffReturns":1,"acceptedAt":"2026-11-23T15:30:00Z","hoursToAccept":26.5,
                       "acceptingAccountManager":"amy"}}
                    """)));
  }

  @Test
  void handsOverWithTheWholeLineageOnboardingKeysIncluded() {
    RETENTION_SERVICE.stubFor(post("/api/customers/ret-3/handover").willReturn(status(201)));
    OnboardingPlan withLineage = planWithLineage("ret-3");
    Instant firstValue = Instant.parse("2027-01-09T16:00:00Z");
    for (Checkpoint checkpoint : withLineage.snapshot().checkpoints()) {
      withLineage.complete(checkpoint.checkpointId(), "done", "amy", firstValue, firstValue);
    }

    retention.handOver(withLineage);

    RETENTION_SERVICE.verify(
        postRequestedFor(urlEqualTo("/api/customers/ret-3/handover"))
            .withRequestBody(matchingJsonPath("$.lineage.campaign", equalTo("spring-launch")))
            .withRequestBody(matchingJsonPath("$.lineage.acceptingAccountManager", equalTo("amy")))
            .withRequestBody(matchingJsonPath("$.lineage.hoursToAccept", equalTo("26.5")))
            .withRequestBody(matchingJsonPath("$.lineage.firstContactWithinSla", equalTo("true")))
            .withRequestBody(matchingJsonPath("$.lineage.segment", equalTo("mid-market")))
            .withRequestBody(matchingJsonPath("$.lineage.daysToValue", equalTo("50")))
            .withRequestBody(matchingJsonPath("$.lineage.firstValueLate", equalTo("true")))
            .withRequestBody(matchingJsonPath("$.lineage.promisesMissed", equalTo("0")))
            .withRequestBody(matchingJsonPath("$.timeToValueDays", equalTo("50"))));
  }

  @Test
  void sendsASlipUnderItsStableIdAndRecognisesADuplicate() {
    RETENTION_SERVICE.stubFor(
        post(SIGNALS)
            .inScenario("slip")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(status(201))
            .willSetStateTo("recorded"));
    RETENTION_SERVICE.stubFor(
        post(SIGNALS).inScenario("slip").whenScenarioStateIs("recorded").willReturn(status(200)));
    OnboardingSlipSignal slip =
        new OnboardingSlipSignal(
            "ret-1",
            "onboarding-slip:ret-1/kickoff",
            "kickoff",
            2,
            OnboardingSlipSignal.Reason.SLIP,
            Instant.parse("2026-12-04T09:00:01Z"));

    assertThat(retention.sendSlipSignal(slip)).isTrue();
    assertThat(retention.sendSlipSignal(slip)).isFalse();

    RETENTION_SERVICE.verify(
        2,
        postRequestedFor(urlEqualTo(SIGNALS))
            .withRequestBody(
                equalToJson(
                    """
                    {"signalId":"onboarding-slip:ret-1/kickoff","type":"onboarding-slip",
                     "occurredAt":"2026-12-04T09:00:01Z","value":2,
                     "details":{"checkpointId":"kickoff","daysLate":"2","reason":"slip"}}
                    """)));
  }

  @Test
  void sendsAMissedPromiseWithItsTextAndReason() {
    RETENTION_SERVICE.stubFor(post(SIGNALS).willReturn(status(201)));

    retention.sendPromiseMissedSignal(
        new PromiseMissedSignal(
            "ret-1",
            "promise-missed:ret-1/promise-1",
            "promise-1",
            "SSO before go-live",
            "Not in the product",
            Instant.parse("2026-12-20T10:00:00Z")));

    RETENTION_SERVICE.verify(
        postRequestedFor(urlEqualTo(SIGNALS))
            .withRequestBody(
                equalToJson(
                    """
                    {"signalId":"promise-missed:ret-1/promise-1","type":"promise-missed",
                     "occurredAt":"2026-12-20T10:00:00Z",
                     "details":{"promiseId":"promise-1","promiseText":"SSO before go-live","reason":"Not in the product"}}
                    """)));
  }

  @Test
  void handsOverWithFirstValueThePromisesAndTheCheckpointHistory() {
    RETENTION_SERVICE.stubFor(post("/api/customers/ret-1/handover").willReturn(status(201)));
    Instant firstValue = Instant.parse("2027-01-09T16:00:00Z");
    plan.confirmPromise("promise-1", "cleo", "SSO live", START);
    for (Checkpoint checkpoint : plan.snapshot().checkpoints()) {
      plan.complete(checkpoint.checkpointId(), "done", "amy", firstValue, firstValue);
    }

    retention.handOver(plan);

    RETENTION_SERVICE.verify(
        postRequestedFor(urlEqualTo("/api/customers/ret-1/handover"))
            .withRequestBody(matchingJsonPath("$.firstValueAt", equalTo("2027-01-09T16:00:00Z")))
            .withRequestBody(matchingJsonPath("$.timeToValueDays", equalTo("50")))
            .withRequestBody(matchingJsonPath("$.promises[0].text", equalTo("SSO before go-live")))
            .withRequestBody(matchingJsonPath("$.promises[0].status", equalTo("confirmed")))
            .withRequestBody(
                matchingJsonPath("$.onboardingHistory[0].checkpointId", equalTo("kickoff")))
            .withRequestBody(matchingJsonPath("$.onboardingHistory[0].name", equalTo("Kickoff")))
            .withRequestBody(
                matchingJsonPath("$.onboardingHistory[0].dueAt", equalTo("2026-12-04T09:00:00Z")))
            .withRequestBody(
                matchingJsonPath(
                    "$.onboardingHistory[0].completedAt", equalTo("2027-01-09T16:00:00Z")))
            .withRequestBody(matchingJsonPath("$.onboardingHistory[0].status", equalTo("done")))
            .withRequestBody(matchingJsonPath("$.onboardingHistory[0].daysLate", equalTo("37")))
            .withRequestBody(
                matchingJsonPath("$.onboardingHistory[4].checkpointId", equalTo("first-value"))));
  }

  @Test
  void anUnknownCustomerIsAClearAnswerThatNeverOpensTheBreaker() {
    RETENTION_SERVICE.stubFor(post(SIGNALS).willReturn(status(404)));
    PromiseMissedSignal signal =
        new PromiseMissedSignal(
            "ret-1", "promise-missed:ret-1/promise-1", "promise-1", "SSO", "No", START);

    for (int i = 0; i < 12; i++) {
      assertThatThrownBy(() -> retention.sendPromiseMissedSignal(signal))
          .isInstanceOf(RetentionCustomerUnknownException.class)
          .hasMessageContaining("ret-1");
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    RETENTION_SERVICE.stubFor(post(SIGNALS).willReturn(status(201)));
    assertThat(retention.sendPromiseMissedSignal(signal)).isTrue();
  }

  @Test
  void aRefusedRequestIsNoOutageAndNeverOpensTheBreaker() {
    RETENTION_SERVICE.stubFor(
        put("/api/customers/ret-1")
            .willReturn(status(422).withBody("{\"title\":\"Invalid input\"}")));

    for (int i = 0; i < 12; i++) {
      assertThatThrownBy(() -> retention.registerCustomer(plan))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("refused to register customer ret-1: 422");
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void anOutageFailsTheCallForARetryAndOpensTheBreaker() {
    RETENTION_SERVICE.stubFor(put("/api/customers/ret-1").willReturn(status(503)));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> retention.registerCustomer(plan))
          .isInstanceOf(RetentionUnavailableException.class);
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> retention.registerCustomer(plan))
        .isInstanceOf(RetentionUnavailableException.class)
        .hasCauseInstanceOf(CallNotPermittedException.class);
    RETENTION_SERVICE.verify(5, putRequestedFor(urlEqualTo("/api/customers/ret-1")));
  }

  @Test
  void aSlowRetentionServiceIsCutAtTheTimeLimit() {
    RETENTION_SERVICE.stubFor(
        put("/api/customers/ret-1").willReturn(status(200).withFixedDelay(3_000)));

    assertThatThrownBy(() -> retention.registerCustomer(plan))
        .isInstanceOf(RetentionUnavailableException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  private static OnboardingPlan planWithLineage(String dealId) {
    return OnboardingPlan.start(
        anAcceptedHandoff(dealId).withLineage().build(),
        "mid-market",
        smbTemplate(),
        ONE_YEAR,
        START);
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json");
  }
}
