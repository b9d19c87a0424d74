package io.baton.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.gateway.correlation.CorrelationId;
import io.baton.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "resilience4j.timelimiter.configs.default.timeout-duration=1s",
      "baton.notifications.fan-out-timeout=1s"
    })
@AutoConfigureObservability(tracing = false)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingIT {

  private static final Duration BEYOND_TIME_LIMIT = Duration.ofSeconds(3);

  private static final Map<String, WireMockServer> BACKENDS =
      Map.of(
          "lead-service", backendOnFreePort(),
          "handoff-service", backendOnFreePort(),
          "onboarding-service", backendOnFreePort(),
          "retention-service", backendOnFreePort());

  @Autowired private WebTestClient client;

  @Autowired private CircuitBreakerRegistry circuitBreakers;

  @LocalManagementPort private int managementPort;

  @DynamicPropertySource
  static void backendUrls(DynamicPropertyRegistry registry) {
    BACKENDS.forEach(
        (service, backend) -> {
          backend.start();
          registry.add("baton.services." + service + ".url", backend::baseUrl);
        });
  }

  @AfterAll
  static void stopBackends() {
    BACKENDS.values().forEach(WireMockServer::stop);
  }

  @BeforeEach
  void resetBackendsAndBreakers() {
    BACKENDS.values().forEach(WireMockServer::resetAll);
    circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    client = client.mutate().responseTimeout(Duration.ofSeconds(10)).build();
  }

  @ParameterizedTest(name = "{0} {1} reaches {2}")
  @CsvSource({
    "GET,    /api/leads/L-42?view=full,                  lead-service",
    "POST,   /api/leads,                                 lead-service",
    "PUT,    /api/handoffs/H-7/brief,                    handoff-service",
    "POST,   /api/onboardings/O-3/checkpoints/kickoff,   onboarding-service",
    "GET,    /api/customers/C-9/health,                  retention-service",
    "POST,   /api/save-plays,                            retention-service",
    "GET,    /api/revenue/accountability?dimension=campaign, retention-service"
  })
  void routesEachApiPathToItsServiceWithThePathUnchanged(
      String method, String path, String service) {
    backend(service)
        .stubFor(
            any(anyUrl())
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .withBody("{\"from\":\"" + service + "\"}")));

    client
        .method(HttpMethod.valueOf(method))
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.from")
        .isEqualTo(service);

    assertThat(backend(service).findAll(anyRequestedFor(anyUrl())))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.getMethod().value()).isEqualTo(method);
              assertThat(request.getUrl()).isEqualTo(path);
            });
    BACKENDS.forEach(
        (other, backend) -> {
          if (!other.equals(service)) {
            assertThat(backend.getAllServeEvents()).as(other).isEmpty();
          }
        });
  }

  @ParameterizedTest(name = "{0} {1} reaches {2} as {3}")
  @CsvSource({
    "GET,    /api/notifications/leads?status=dead,              lead-service,       /api/notifications?status=dead",
    "POST,   /api/notifications/leads/TC0x/resend,              lead-service,       /api/notifications/TC0x/resend",
    "PUT,    /api/notifications/handoffs/subscriptions/handoff-ready/user:sam, handoff-service, /api/notifications/subscriptions/handoff-ready/user:sam",
    "GET,    /api/notifications/onboarding/event-types,         onboarding-service, /api/notifications/event-types",
    "DELETE, /api/notifications/retention/subscriptions/churn-risk/team:cs, retention-service, /api/notifications/subscriptions/churn-risk/team:cs",
    "GET,    /api/notifications/retention,                      retention-service,  /api/notifications"
  })
  void routesEachServicesNotificationsToItsOwnNotificationsPath(
      String method, String path, String service, String servicePath) {
    backend(service)
        .stubFor(
            any(anyUrl())
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .withBody("{\"from\":\"" + service + "\"}")));

    client
        .method(HttpMethod.valueOf(method))
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.from")
        .isEqualTo(service);

    assertThat(backend(service).findAll(anyRequestedFor(anyUrl())))
        .singleElement()
        .satisfies(request -> assertThat(request.getUrl()).isEqualTo(servicePath));
  }

  @Test
  void mergesTheServicesDeliveryLogsNewestFirstAndNamesAServiceThatIsDown() {
    String token = "Bearer " + TestTokens.of("sam", "sales");
    answerLog("lead-service", delivery("L-1/first-contact-due", "2026-12-03T09:00:00Z"));
    answerLog(
        "handoff-service",
        delivery("H-1/handoff-ready", "2026-12-03T10:00:00.5Z"),
        delivery("H-2/handoff-ready", "2026-12-03T08:00:00Z"));
    answerLog("onboarding-service");
    backend("retention-service")
        .stubFor(get(urlPathEqualTo("/api/notifications")).willReturn(aResponse().withStatus(503)));

    client
        .get()
        .uri("/api/notifications?status=dead")
        .header("Authorization", token)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deliveries.length()")
        .isEqualTo(3)
        .jsonPath("$.deliveries[0].eventId")
        .isEqualTo("H-1/handoff-ready")
        .jsonPath("$.deliveries[0].service")
        .isEqualTo("handoff-service")
        .jsonPath("$.deliveries[1].eventId")
        .isEqualTo("L-1/first-contact-due")
        .jsonPath("$.deliveries[1].service")
        .isEqualTo("lead-service")
        .jsonPath("$.deliveries[2].eventId")
        .isEqualTo("H-2/handoff-ready")
        .jsonPath("$.unavailable")
        .isEqualTo(List.of("retention-service"));

    BACKENDS.forEach(
        (service, backend) ->
            backend.verify(
                getRequestedFor(urlEqualTo("/api/notifications?status=dead"))
                    .withHeader("Authorization", equalTo(token))));
  }

  @Test
  void namesAServiceThatDoesNotAnswerInTimeAndAnswersWithTheOthers() {
    answerLog("lead-service", delivery("L-1/first-contact-due", "2026-12-03T09:00:00Z"));
    answerLog("handoff-service");
    answerLog("retention-service");
    backend("onboarding-service")
        .stubFor(
            get(urlPathEqualTo("/api/notifications"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .withBody("[]")
                        .withFixedDelay((int) BEYOND_TIME_LIMIT.toMillis())));

    client
        .get()
        .uri("/api/notifications")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deliveries.length()")
        .isEqualTo(1)
        .jsonPath("$.unavailable")
        .isEqualTo(List.of("onboarding-service"));
  }

  @Test
  void answersAtMostTheNewest200Deliveries() {
    answerLog("lead-service", deliveries("L", 150, "2026-12-03T09:00:00Z"));
    answerLog("handoff-service", deliveries("H", 150, "2026-12-03T10:00:00Z"));
    answerLog("onboarding-service");
    answerLog("retention-service");

    client
        .get()
        .uri("/api/notifications")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.deliveries.length()")
        .isEqualTo(200)
        .jsonPath("$.deliveries[0].service")
        .isEqualTo("handoff-service")
        .jsonPath("$.deliveries[199].service")
        .isEqualTo("lead-service")
        .jsonPath("$.unavailable")
        .isEmpty();
  }

  @Test
  void refusesAQueryParameterTheServicesRefuse() {
    BACKENDS
        .values()
        .forEach(
            backend ->
                backend.stubFor(
                    get(urlPathEqualTo("/api/notifications"))
                        .willReturn(
                            aResponse()
                                .withStatus(400)
                                .withHeader(
                                    "Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                                .withBody(
                                    "{\"status\":400,\"errors\":[{\"field\":\"status\"}]}"))));

    client
        .get()
        .uri("/api/notifications?status=lost")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("status");
  }

  private void answerLog(String service, String... deliveries) {
    backend(service)
        .stubFor(
            get(urlPathEqualTo("/api/notifications"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .withBody("[" + String.join(",", deliveries) + "]")));
  }

  private static String delivery(String eventId, String createdAt) {
    return "{\"eventId\":\""
        + eventId
        + "\",\"status\":\"dead\",\"createdAt\":\""
        + createdAt
        + "\"}";
  }

  private static String[] deliveries(String prefix, int count, String from) {
    Instant start = Instant.parse(from);
    return IntStream.range(0, count)
        .mapToObj(i -> delivery(prefix + "-" + i + "/x", start.plusSeconds(i).toString()))
        .toArray(String[]::new);
  }

  @Test
  void createsACorrelationIdWhenTheRequestHasNoneAndForwardsIt(CapturedOutput output)
      throws InterruptedException {
    backend("lead-service").stubFor(get("/api/leads/L-1").willReturn(aResponse().withStatus(200)));

    String correlationId =
        client
            .get()
            .uri("/api/leads/L-1")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(Void.class)
            .getResponseHeaders()
            .getFirst(CorrelationId.HEADER);

    assertThat(UUID.fromString(correlationId)).isNotNull();
    backend("lead-service")
        .verify(
            getRequestedFor(urlEqualTo("/api/leads/L-1"))
                .withHeader(CorrelationId.HEADER, equalTo(correlationId)));
    String line = "GET /api/leads/L-1 -> 200 OK";
    logged(output, line);
    assertThat(output).contains("[" + correlationId + "]").contains(line);
  }

  /** Waits (at most 10 s) for the exchange's log line, written once the exchange has completed. */
  private static void logged(CapturedOutput output, String line) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!output.getOut().contains(line) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @Test
  void keepsTheCorrelationIdTheCallerGaveAndForwardsIt() {
    backend("handoff-service")
        .stubFor(
            get("/api/handoffs/H-1")
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader(CorrelationId.HEADER, "the-backend-must-not-change-it")));

    client
        .get()
        .uri("/api/handoffs/H-1")
        .header(CorrelationId.HEADER, "journey-2024-0001")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(CorrelationId.HEADER, "journey-2024-0001");

    backend("handoff-service")
        .verify(
            getRequestedFor(urlEqualTo("/api/handoffs/H-1"))
                .withHeader(CorrelationId.HEADER, equalTo("journey-2024-0001")));
  }

  @Test
  void passesABackendNotFoundThroughWithItsBody() {
    backend("lead-service")
        .stubFor(
            get("/api/leads/missing")
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .withBody("{\"title\":\"Lead not found\",\"status\":404}")));

    client
        .get()
        .uri("/api/leads/missing")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .json("{\"title\":\"Lead not found\",\"status\":404}", true);
  }

  @Test
  void passesBusinessValidationErrorsThroughWithoutOpeningTheBreaker() {
    String invalid = "{\"title\":\"Invalid handoff brief\",\"status\":422,\"field\":\"promises\"}";
    backend("handoff-service")
        .stubFor(
            post("/api/handoffs")
                .willReturn(
                    aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .withBody(invalid)));

    for (int call = 0; call < 25; call++) {
      client
          .post()
          .uri("/api/handoffs")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{}")
          .exchange()
          .expectStatus()
          .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .json(invalid, true);
    }

    CircuitBreaker breaker = circuitBreakers.circuitBreaker("handoff-service");
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(20);
  }

  @Test
  void answersServiceUnavailableNamingTheServiceWhenTheBackendIsDown() {
    WireMockServer onboarding = backend("onboarding-service");
    onboarding.stop();
    try {
      client
          .post()
          .uri("/api/onboardings/O-1/checkpoints/kickoff")
          .exchange()
          .expectStatus()
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectHeader()
          .exists(CorrelationId.HEADER)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("urn:baton:problem:service-unavailable")
          .jsonPath("$.title")
          .isEqualTo("Service unavailable")
          .jsonPath("$.status")
          .isEqualTo(503)
          .jsonPath("$.detail")
          .isEqualTo("onboarding-service could not be reached. Try again later.")
          .jsonPath("$.instance")
          .isEqualTo("/api/onboardings/O-1/checkpoints/kickoff")
          .jsonPath("$.service")
          .isEqualTo("onboarding-service");
    } finally {
      onboarding.start();
    }
  }

  @Test
  void answersServiceUnavailableWhenTheBackendIsSlowerThanTheTimeLimit() {
    backend("retention-service")
        .stubFor(
            get("/api/customers/C-1")
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withFixedDelay((int) BEYOND_TIME_LIMIT.toMillis())));

    client
        .get()
        .uri("/api/customers/C-1")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.detail")
        .isEqualTo("retention-service did not answer within its time limit. Try again later.")
        .jsonPath("$.instance")
        .isEqualTo("/api/customers/C-1");
  }

  @Test
  void stopsSendingRequestsToAServiceWhoseBreakerIsOpen() {
    circuitBreakers.circuitBreaker("lead-service").transitionToOpenState();
    backend("lead-service").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    client
        .get()
        .uri("/api/leads/L-1")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(
            "lead-service is failing, so the gateway is not sending it requests for now. Try again later.");

    assertThat(backend("lead-service").getAllServeEvents()).isEmpty();
  }

  @Test
  void answersProblemJsonWhenNoRouteMatches() {
    client
        .get()
        .uri("/api/unknown")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .exists(CorrelationId.HEADER)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404)
        .jsonPath("$.instance")
        .isEqualTo("/api/unknown");
  }

  @Test
  void answersProblemJsonForAMethodTheGatewayDoesNotAllow() {
    client
        .delete()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(405);
  }

  @Test
  void answersNotFoundForAFallbackOfAnUnknownService() {
    client
        .get()
        .uri("/fallback/no-such-service")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void neverExposesTheGatewayActuatorEndpoint() {
    client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
    client.get().uri("/actuator/gateway/globalfilters").exchange().expectStatus().isNotFound();
    client.post().uri("/actuator/gateway/refresh").exchange().expectStatus().isNotFound();
    client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
  }

  @Test
  void reportsReadinessAndLivenessUpOnTheMainPortAndTheManagementPort() {
    client
        .get()
        .uri("/readyz")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    client
        .get()
        .uri("/livez")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    management()
        .get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    management()
        .get()
        .uri("/actuator/health/liveness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  @Test
  void exposesPrometheusMetricsIncludingTheCircuitBreakersOnTheManagementPortOnly() {
    management()
        .get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("resilience4j_circuitbreaker_state"));
    client.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
  }

  /** The management server, called without a token, as Prometheus calls it. */
  private WebTestClient management() {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + managementPort)
        .responseTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void describesTheFallbacksInTheOpenApiDocument() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.info.title")
        .isEqualTo("Baton gateway")
        .jsonPath("$.paths['/fallback/{service}'].get.responses['503']")
        .exists();
  }

  private static WireMockServer backend(String service) {
    return BACKENDS.get(service);
  }

  private static WireMockServer backendOnFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new WireMockServer(options().port(socket.getLocalPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
