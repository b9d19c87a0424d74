package io.baton.handoff.adapter.in.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.baton.engine.EmbeddedEngine;
import io.baton.testsupport.BatonServiceTest;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * lead-service answers 503, 503, then 200 while a handoff assembles its context: the worker fails
 * the job, the engine retries it after the production backoff (2 s, then 4 s), and the third
 * attempt brings the context. One chain through the real path — API, outbox, engine, worker,
 * OpenFeign with its breaker and time limit — with the production time budgets, the engine running
 * in this JVM and lead-service a WireMock.
 */
@ExtendWith(AssembleContextRetriesIT.StopTheEngineLast.class)
@BatonServiceTest
@DirtiesContext
class AssembleContextRetriesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** baton.jobs.retry-backoff.initial in production: the wait doubles with every failure. */
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

  /**
   * What an attempt may come later than its backoff: the engine's due-date check and the worker's
   * round trip.
   */
  private static final Duration LATENESS = Duration.ofSeconds(3);

  private static final WireMockServer LEAD_SERVICE =
      new WireMockServer(wireMockConfig().dynamicPort());
  private static final Path DATA_DIR = temporaryDirectory();
  private static final EmbeddedEngine ENGINE = startEngine();

  @Autowired private TestRestTemplate http;
  @Autowired private CamundaClient client;

  @DynamicPropertySource
  static void pointAtTheEngineAndLeadService(DynamicPropertyRegistry registry) {
    LEAD_SERVICE.start();
    registry.add("baton.services.lead-service.url", LEAD_SERVICE::baseUrl);
    registry.add("camunda.client.grpc-address", () -> "http://127.0.0.1:" + ENGINE.grpcPort());
    registry.add("camunda.client.request-timeout", () -> "PT30S");
  }

  /**
   * The engine outlives every client of it: registered before the Spring extension, this runs after
   * it closed the service's context (and with it the Camunda client and its job streams).
   */
  static class StopTheEngineLast implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
      ENGINE.stop();
      LEAD_SERVICE.stop();
      try (Stream<Path> files = Files.walk(DATA_DIR)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void aLeadServiceThatAnswers503TwiceIsRetriedAfterTheBackoffAndTheThirdAttemptBringsTheContext()
      throws Exception {
    String contextPath = "/api/leads/L-retry/context";
    LEAD_SERVICE.stubFor(
        get(contextPath)
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("still down"));
    LEAD_SERVICE.stubFor(
        get(contextPath)
            .inScenario("outage")
            .whenScenarioStateIs("still down")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("back"));
    LEAD_SERVICE.stubFor(
        get(contextPath)
            .inScenario("outage")
            .whenScenarioStateIs("back")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
            {"leadId":"L-retry","company":{"name":"Retry Corp"},"source":{"channel":"webinar","campaign":"fall-launch"},
             "attempts":[],"notes":["Asked twice"],"receivedAt":"2026-11-01T09:00:00Z"}
            """)));
    ProcessDeployer.deployAll(client);

    assertThat(http.postForEntity("/api/handoffs", wonDeal(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);

    JsonNode handoff =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> JSON.readTree(http.getForObject("/api/handoffs/deal-retry", String.class)),
                body -> body.path("context").path("available").asBoolean());
    assertThat(handoff.path("context").path("campaign").asText()).isEqualTo("fall-launch");
    List<Instant> attempts =
        LEAD_SERVICE.getAllServeEvents().stream()
            .map(ServeEvent::getRequest)
            .filter(request -> request.getUrl().equals(contextPath))
            .map(request -> request.getLoggedDate().toInstant())
            .sorted()
            .toList();
    assertThat(attempts).as("calls to lead-service").hasSize(3);
    assertThat(Duration.between(attempts.get(0), attempts.get(1)))
        .as("wait before the second attempt")
        .isBetween(FIRST_BACKOFF, FIRST_BACKOFF.plus(LATENESS));
    assertThat(Duration.between(attempts.get(1), attempts.get(2)))
        .as("wait before the third attempt")
        .isBetween(FIRST_BACKOFF.multipliedBy(2), FIRST_BACKOFF.multipliedBy(2).plus(LATENESS));
  }

  private static Map<String, Object> wonDeal() {
    return Map.of(
        "dealId",
        "deal-retry",
        "leadId",
        "L-retry",
        "customerName",
        "Retry Corp",
        "salesOwner",
        "sam",
        "arr",
        48000,
        "closeDate",
        "2026-11-20");
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("baton-retry-engine");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EmbeddedEngine startEngine() {
    EmbeddedEngine engine = new EmbeddedEngine(DATA_DIR, 0, Duration.ofSeconds(15), List.of());
    engine.start();
    return engine;
  }
}
