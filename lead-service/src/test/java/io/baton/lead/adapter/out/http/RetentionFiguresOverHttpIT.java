package io.baton.lead.adapter.out.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.baton.lead.application.RetentionAccountability;
import io.baton.lead.application.RetentionAccountability.RetentionUnavailableException;
import io.baton.lead.application.RetentionFigures;
import io.baton.testsupport.BatonServiceTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * retention-service's figures in the campaign and source feedback, against a WireMock stand-in:
 * read in the background and shown per campaign; a 503 or a slow retention leaves them null (with
 * {@code retentionFiguresAsOf} null) and the feedback answers at once; a refusal never opens the
 * breaker. The time limit on retention is cut to 1 s.
 */
@BatonServiceTest
class RetentionFiguresOverHttpIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNTABILITY = "/api/revenue/accountability";
  private static final WireMockServer RETENTION = startRetention();
  private static final LocalDate FROM = LocalDate.parse("2026-01-01");
  private static final LocalDate TO = LocalDate.parse("2026-12-31");

  @Autowired private TestRestTemplate http;
  @Autowired private RetentionAccountability retention;
  @Autowired private Resilience4JCircuitBreakerFactory breakers;

  @DynamicPropertySource
  static void pointAtTheStub(DynamicPropertyRegistry registry) {
    registry.add("baton.services.retention-service.url", RETENTION::baseUrl);
    registry.add(
        "resilience4j.timelimiter.instances.retention-service.timeout-duration", () -> "2s");
  }

  @BeforeEach
  void reset() {
    RETENTION.resetAll();
    breakers.getCircuitBreakerRegistry().circuitBreaker("retention-service").reset();
  }

  @Test
  void readsRetentionsFiguresInTheBackgroundAndShowsThemPerCampaign() throws Exception {
    String campaign = "downstream-" + UUID.randomUUID();
    receiveALead(campaign);
    RETENTION.stubFor(
        get(urlPathEqualTo(ACCOUNTABILITY))
            .willReturn(
                status(200)
                    .withBody(
                        """
                        {"dimension": "campaign", "from": "2026-01-01", "to": "2026-12-31",
                         "asOf": "2026-06-01T10:00:00Z", "leadFiguresAsOf": null,
                         "rows": [{"value": "%s",
                                   "figures": {"arrWon": {"value": 100000.00, "n": 3},
                                               "arrChurned": {"value": 20000.00, "n": 1},
                                               "arrDowngraded": {"value": 5000.00, "n": 1},
                                               "arrSaved": {"value": 7000.00, "n": 2},
                                               "grr365": {"value": 0.8123, "n": 2},
                                               "somethingNew": {"value": 1, "n": 1}}},
                                  {"value": null,
                                   "figures": {"arrWon": {"value": null, "n": 0}}}],
                         "total": {"figures": {}}}
                        """
                            .formatted(campaign))));

    JsonNode ours = awaitRow("/api/leads/feedback/campaigns", campaign, Duration.ofSeconds(10));

    assertThat(ours.path("retentionFiguresAsOf").asText()).isEqualTo("2026-06-01T10:00:00Z");
    assertThat(ours.path("retainedArr").decimalValue()).isEqualByComparingTo("75000");
    assertThat(ours.path("churnedArr").decimalValue()).isEqualByComparingTo("20000");
    assertThat(ours.path("grr365").decimalValue()).isEqualByComparingTo("0.8123");
    assertThat(ours.path("leads").asInt()).isEqualTo(1);
    RETENTION.verify(
        getRequestedFor(urlPathEqualTo(ACCOUNTABILITY))
            .withQueryParam("dimension", equalTo("campaign"))
            .withQueryParam("to", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString())));
  }

  @Test
  void anUnavailableRetentionLeavesTheFiguresNullAndTheFeedbackAnswers() throws Exception {
    String campaign = "unavailable-" + UUID.randomUUID();
    receiveALead(campaign);
    RETENTION.stubFor(get(urlPathEqualTo(ACCOUNTABILITY)).willReturn(status(503)));
    String path =
        "/api/leads/feedback/campaigns?from="
            + Instant.now().minus(Duration.ofDays(2))
            + "&to="
            + Instant.now().plus(Duration.ofDays(2));

    for (int i = 0; i < 3; i++) {
      JsonNode ours = row(http.getForEntity(path, String.class), campaign);
      assertThat(ours.has("retainedArr")).isTrue();
      assertThat(ours.path("retainedArr").isNull()).isTrue();
      assertThat(ours.path("churnedArr").isNull()).isTrue();
      assertThat(ours.path("grr365").isNull()).isTrue();
      assertThat(ours.path("retentionFiguresAsOf").isNull()).isTrue();
      Thread.sleep(300);
    }
    assertThat(RETENTION.findAll(getRequestedFor(urlPathEqualTo(ACCOUNTABILITY)))).isNotEmpty();
  }

  @Test
  void aSlowRetentionNeverHoldsTheFeedbackUp() throws Exception {
    String campaign = "slow-" + UUID.randomUUID();
    receiveALead(campaign);
    RETENTION.stubFor(
        get(urlPathEqualTo(ACCOUNTABILITY))
            .willReturn(status(200).withBody("{\"rows\": []}").withFixedDelay(3_000)));

    for (int i = 0; i < 3; i++) {
      long started = System.nanoTime();
      ResponseEntity<String> answer =
          http.getForEntity("/api/leads/feedback/sources?from=2025-01-01T00:00:00Z", String.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      for (JsonNode row : JSON.readTree(answer.getBody())) {
        assertThat(row.path("retentionFiguresAsOf").isNull()).isTrue();
      }
      Thread.sleep(700);
    }
    assertThatThrownBy(() -> retention.read(RetentionFigures.Dimension.CAMPAIGN, FROM, TO))
        .isInstanceOf(RetentionUnavailableException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  @Test
  void aRefusalIsNoOutageAndNeverOpensTheBreaker() {
    RETENTION.stubFor(
        get(urlPathEqualTo(ACCOUNTABILITY))
            .willReturn(status(403).withBody("{\"title\":\"Forbidden\"}")));

    for (int i = 0; i < 12; i++) {
      assertThatThrownBy(() -> retention.read(RetentionFigures.Dimension.SOURCE_CHANNEL, FROM, TO))
          .isInstanceOf(RetentionUnavailableException.class)
          .hasMessageContaining("refused its accountability: 403");
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void anOutageOpensTheBreaker() {
    RETENTION.stubFor(get(urlPathEqualTo(ACCOUNTABILITY)).willReturn(status(503)));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> retention.read(RetentionFigures.Dimension.CAMPAIGN, FROM, TO))
          .isInstanceOf(RetentionUnavailableException.class);
    }

    assertThat(breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  private CircuitBreaker.State breakerState() {
    return breakers.getCircuitBreakerRegistry().circuitBreaker("retention-service").getState();
  }

  private JsonNode awaitRow(String path, String campaign, Duration within) throws Exception {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      JsonNode ours = row(http.getForEntity(path, String.class), campaign);
      if (!ours.path("retentionFiguresAsOf").isNull() || Instant.now().isAfter(deadline)) {
        return ours;
      }
      Thread.sleep(100);
    }
  }

  private static JsonNode row(ResponseEntity<String> answer, String key) throws Exception {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode row : JSON.readTree(answer.getBody())) {
      if (row.path("key").asText().equals(key)) {
        return row;
      }
    }
    throw new AssertionError("no row " + key + " in " + answer.getBody());
  }

  private void receiveALead(String campaign) {
    ResponseEntity<String> received =
        http.postForEntity(
            "/api/leads",
            Map.of(
                "company", Map.of("name", "Acme Corp", "size", 250),
                "contact",
                    Map.of("name", "Dana Miller", "email", UUID.randomUUID() + "@acme.example"),
                "source", Map.of("channel", "paid-search", "campaign", campaign),
                "intent", "Wants a demo"),
            String.class);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json");
  }

  private static WireMockServer startRetention() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
