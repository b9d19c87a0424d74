package io.baton.onboarding.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.baton.onboarding.RetentionServiceStubbed;
import io.baton.onboarding.application.HandoffLineages;
import io.baton.onboarding.application.HandoffUnavailableException;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.PlanFixtures;
import io.baton.testsupport.BatonServiceTest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * handoff-service over HTTP, for the lineage backfill: the lineage of a deal's handoff, a deal
 * without one, and faults on purpose.
 */
@BatonServiceTest
class HandoffLineagesOverHttpIT extends RetentionServiceStubbed {

  private static final String HANDOFF = "/api/handoffs/D-1";

  @Autowired private HandoffLineages handoffs;

  @Test
  void bringsTheAcquisitionAndHandoffKeysOfTheDealsHandoffAndNothingElse() {
    HANDOFF_SERVICE.stubFor(
        get(HANDOFF)
            .willReturn(
                json(
                    200,
                    """
                    {"dealId":"D-1","status":"ACCEPTED","customerName":"Acme Corp","brief":{},
                     "lineage":{"leadId":"L-7","campaign":"spring-launch","sourceChannel":"webinar",
                       "interest":"demo-request","leadPlay":"event-follow-up","slaTier":"standard",
                       "salesOwner":"sam","leadReceivedAt":"2026-11-02T09:00:00Z",
                       "firstContactAt":"2026-11-02T09:42:00Z","minutesToFirstContact":42,
                       "firstContactWithinSla":true,"dealWonAt":"2026-11-20T10:00:00Z",
                       "handoffReturns":1,"acceptedAt":"2026-11-23T15:30:00Z","hoursToAccept":26.5,
                       "acceptingAccountManager":"amy","daysToValue":3,"somethingNew":1}}
                    """)));

    Lineage lineage = handoffs.lineageOf("D-1").orElseThrow();

    assertThat(lineage).isEqualTo(PlanFixtures.handoffLineage());
  }

  @Test
  void aDealWithoutAHandoffIsAnAnswerThatNeverOpensTheBreaker() {
    HANDOFF_SERVICE.stubFor(get(HANDOFF).willReturn(json(404, "{\"status\":404}")));

    for (int i = 0; i < 12; i++) {
      assertThat(handoffs.lineageOf("D-1")).isEmpty();
    }

    assertThat(handoffBreakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aHandoffWithoutLineageIsNone() {
    HANDOFF_SERVICE.stubFor(get(HANDOFF).willReturn(json(200, "{\"dealId\":\"D-1\"}")));

    assertThat(handoffs.lineageOf("D-1")).isEmpty();
  }

  @Test
  void aRefusalIsNoOutageAndNeverOpensTheBreaker() {
    HANDOFF_SERVICE.stubFor(get(HANDOFF).willReturn(json(403, "{\"title\":\"Forbidden\"}")));

    for (int i = 0; i < 12; i++) {
      assertThatThrownBy(() -> handoffs.lineageOf("D-1"))
          .isInstanceOf(HandoffUnavailableException.class)
          .hasMessageContaining("refused the handoff of deal D-1: 403");
    }

    assertThat(handoffBreakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void anOutageOpensTheBreakerAndThenFailsFast() {
    HANDOFF_SERVICE.stubFor(get(HANDOFF).willReturn(json(503, "{}")));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> handoffs.lineageOf("D-1"))
          .isInstanceOf(HandoffUnavailableException.class);
    }

    assertThat(handoffBreakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> handoffs.lineageOf("D-1"))
        .isInstanceOf(HandoffUnavailableException.class)
        .hasCauseInstanceOf(CallNotPermittedException.class);
    HANDOFF_SERVICE.verify(5, getRequestedFor(urlEqualTo(HANDOFF)));
  }

  @Test
  void aSlowHandoffServiceIsCutAtTheTimeLimit() {
    HANDOFF_SERVICE.stubFor(get(HANDOFF).willReturn(json(200, "{}").withFixedDelay(3_000)));

    assertThatThrownBy(() -> handoffs.lineageOf("D-1"))
        .isInstanceOf(HandoffUnavailableException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
