package io.baton.handoff.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import feign.codec.DecodeException;
import io.baton.handoff.application.LeadDirectoryUnavailableException;
import io.baton.handoff.domain.LeadContext;
import io.baton.testsupport.BatonServiceTest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** lead-service over HTTP with its faults on purpose: missing leads, outages, slowness. */
@BatonServiceTest
class LeadServiceDirectoryIT {

  private static final WireMockServer LEAD_SERVICE =
      new WireMockServer(wireMockConfig().dynamicPort());
  private static final String CONTEXT_PATH = "/api/leads/L-1/context";
  private static final String CONTEXT_JSON =
      """
      {"leadId":"L-1","company":{"name":"Acme Corp"},"source":{"channel":"webinar","campaign":"fall-launch"},
       "interest":"demo-request","owner":"rita",
       "play":{"name":"event-follow-up","slaTier":"standard","talkTrack":"Refer to the session","inputs":{}},
       "attempts":[{"channel":"call","outcome":"replied","notes":"Wants SSO","at":"2026-11-02T10:00:00Z"}],
       "notes":["Asked about SSO","Wants SSO"],"receivedAt":"2026-11-01T09:00:00Z",
       "firstContactAt":"2026-11-02T10:00:00Z","firstContactDueAt":"2026-11-01T10:00:00Z"}
      """;

  @Autowired private LeadServiceDirectory directory;
  @Autowired private Resilience4JCircuitBreakerFactory breakers;

  @DynamicPropertySource
  static void pointAtWireMock(DynamicPropertyRegistry registry) {
    LEAD_SERVICE.start();
    registry.add("baton.services.lead-service.url", LEAD_SERVICE::baseUrl);
  }

  @AfterAll
  static void stopWireMock() {
    LEAD_SERVICE.stop();
  }

  @BeforeEach
  void reset() {
    LEAD_SERVICE.resetAll();
    breakers.getCircuitBreakerRegistry().circuitBreaker(LeadServiceDirectory.BREAKER).reset();
  }

  @Test
  void bringsTheLeadsSourceAttemptsAndNotes() {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson()));

    LeadContext context = directory.contextOf("L-1").orElseThrow();

    assertThat(context.available()).isTrue();
    assertThat(context.channel()).isEqualTo("webinar");
    assertThat(context.campaign()).isEqualTo("fall-launch");
    assertThat(context.attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo("replied"));
    assertThat(context.notes()).containsExactly("Asked about SSO", "Wants SSO");
  }

  @Test
  void bringsWhatTheLineageNeedsInterestPlayTierOwnerAndTheFirstContactClock() {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson()));

    LeadContext context = directory.contextOf("L-1").orElseThrow();

    assertThat(context.interest()).isEqualTo("demo-request");
    assertThat(context.play()).isEqualTo("event-follow-up");
    assertThat(context.slaTier()).isEqualTo("standard");
    assertThat(context.owner()).isEqualTo("rita");
    assertThat(context.receivedAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    assertThat(context.firstContactAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    assertThat(context.firstContactDueAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
  }

  @Test
  void aContextWithoutPlayOrClockLeavesThemUnknown() {
    LEAD_SERVICE.stubFor(
        get(CONTEXT_PATH)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"leadId":"L-1","source":{"channel":"webinar","campaign":null},"interest":null,
                         "play":null,"owner":null,"attempts":[],"notes":[],"receivedAt":"2026-11-01T09:00:00Z",
                         "firstContactAt":null,"firstContactDueAt":null}
                        """)));

    LeadContext context = directory.contextOf("L-1").orElseThrow();

    assertThat(context.play()).isNull();
    assertThat(context.slaTier()).isNull();
    assertThat(context.interest()).isNull();
    assertThat(context.firstContactDueAt()).isNull();
    assertThat(context.receivedAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
  }

  @Test
  void findsTheLeadItsSourceKnowsByAnExternalIdOrNone() {
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo("/api/leads"))
            .withQueryParam("externalId", equalTo("hubspot-contact-51"))
            .withQueryParam("limit", equalTo("1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[{\"leadId\":\"L-51\",\"externalId\":\"hubspot-contact-51\"}]")));
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo("/api/leads"))
            .withQueryParam("externalId", equalTo("hubspot-contact-52"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")));

    assertThat(directory.leadIdOf("hubspot-contact-51")).contains("L-51");
    assertThat(directory.leadIdOf("hubspot-contact-52")).isEmpty();
  }

  @Test
  void anOutageWhileLookingALeadUpIsUnavailabilityNeverAnUnknownLead() {
    LEAD_SERVICE.stubFor(get(urlPathEqualTo("/api/leads")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> directory.leadIdOf("hubspot-contact-51"))
        .isInstanceOf(LeadDirectoryUnavailableException.class)
        .hasMessageContaining("hubspot-contact-51");
  }

  @Test
  void aMissingLeadIsAnAnswerThatNeverOpensTheBreaker() {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(aResponse().withStatus(404)));
    for (int i = 0; i < 12; i++) {
      assertThat(directory.contextOf("L-1")).isEqualTo(Optional.empty());
    }
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson()));

    assertThat(directory.contextOf("L-1")).isPresent();
    LEAD_SERVICE.verify(13, getRequestedFor(urlEqualTo(CONTEXT_PATH)));
  }

  @Test
  void anOutageFailsTheCallUntilLeadServiceIsBack() {
    LEAD_SERVICE.stubFor(
        get(CONTEXT_PATH)
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("still down"));
    LEAD_SERVICE.stubFor(
        get(CONTEXT_PATH)
            .inScenario("outage")
            .whenScenarioStateIs("still down")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("back"));
    LEAD_SERVICE.stubFor(
        get(CONTEXT_PATH).inScenario("outage").whenScenarioStateIs("back").willReturn(okJson()));

    assertThatThrownBy(() -> directory.contextOf("L-1")).hasRootCauseMessage(rootMessageOf503());
    assertThatThrownBy(() -> directory.contextOf("L-1")).isInstanceOf(RuntimeException.class);

    assertThat(directory.contextOf("L-1")).isPresent();
  }

  /** The production read timeout, 3 s: lead-service sends nothing at all. */
  @Test
  void aLeadServiceThatStopsAnsweringIsCutAtTheReadTimeout() {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson().withFixedDelay(6_000)));

    assertThatThrownBy(() -> directory.contextOf("L-1"))
        .hasRootCauseInstanceOf(SocketTimeoutException.class);
  }

  /**
   * The production time limit, 4 s: lead-service keeps sending, a chunk every second (each within
   * the read timeout), but the whole answer would take 8 s.
   */
  @Test
  void aLeadServiceThatAnswersTooSlowlyIsCutAtTheTimeLimit() {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson().withChunkedDribbleDelay(8, 8_000)));

    assertThatThrownBy(() -> directory.contextOf("L-1"))
        .hasRootCauseInstanceOf(TimeoutException.class);
  }

  /**
   * With the production settings: opens after 5 calls at 50 % failures, half-opens after 15 s,
   * closes after 2 successes.
   */
  @Test
  void aBreakerThatOpenedHalfOpensAfterItsWaitAndClosesAgainWhenLeadServiceAnswers() {
    CircuitBreaker breaker =
        breakers.getCircuitBreakerRegistry().circuitBreaker(LeadServiceDirectory.BREAKER);
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls(); i++) {
      assertThatThrownBy(() -> directory.contextOf("L-1")).isInstanceOf(RuntimeException.class);
    }

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> directory.contextOf("L-1"))
        .hasRootCauseInstanceOf(CallNotPermittedException.class);
    LEAD_SERVICE.verify(5, getRequestedFor(urlEqualTo(CONTEXT_PATH)));

    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(okJson()));
    Duration waitInOpenState =
        Duration.ofMillis(
            breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
    assertThat(waitInOpenState)
        .as("the production wait in the open state")
        .isEqualTo(Duration.ofSeconds(15));
    await()
        .atMost(waitInOpenState.plusSeconds(5))
        .until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);
    for (int i = 0;
        i < breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState();
        i++) {
      assertThat(directory.contextOf("L-1")).isPresent();
    }

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
  void aBrokenConnectionIsATechnicalFailureNeverAnAnswer(Fault fault) {
    LEAD_SERVICE.stubFor(get(CONTEXT_PATH).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> directory.contextOf("L-1"))
        .as("the job fails and is retried: a broken answer is not 'no such lead'")
        .isInstanceOf(RuntimeException.class)
        .hasRootCauseInstanceOf(IOException.class);
  }

  @Test
  void aSuccessWithoutABodyIsATechnicalFailureNeverAMissingLead() {
    LEAD_SERVICE.stubFor(
        get(CONTEXT_PATH)
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

    assertThatThrownBy(() -> directory.contextOf("L-1"))
        .rootCause()
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("answered 200 without a body");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(CONTEXT_JSON);
  }

  private static String rootMessageOf503() {
    return "[503 Service Unavailable] during [GET] to ["
        + LEAD_SERVICE.baseUrl()
        + CONTEXT_PATH
        + "] [LeadServiceClient#context(String)]: []";
  }
}
