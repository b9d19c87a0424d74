package io.baton.gateway.fallback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's production limits per route. More concurrent calls than a route's bulkhead admits
 * (200): the calls above it are answered 503 problem+json at once, while the admitted ones and
 * every other route are served as usual. A service slower than the time limit (10 s) is answered
 * 503 at that limit. The per-caller rate limit is lifted here so that only these limits decide.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "baton.security.rate-limit.requests-per-second=100000",
      "baton.security.rate-limit.burst=100000"
    })
class RouteBulkheadIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SLOW_LEADS = Duration.ofSeconds(4);
  private static final WireMockServer LEADS =
      new WireMockServer(options().dynamicPort().containerThreads(400));
  private static final WireMockServer HANDOFFS = new WireMockServer(options().dynamicPort());
  private static final WireMockServer ONBOARDINGS = new WireMockServer(options().dynamicPort());
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  @Value("${resilience4j.bulkhead.configs.default.max-concurrent-calls}")
  private int admitted;

  @Value("${resilience4j.timelimiter.configs.default.timeout-duration}")
  private Duration timeLimit;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    LEADS.start();
    HANDOFFS.start();
    ONBOARDINGS.start();
    LEADS.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")
                    .withFixedDelay((int) SLOW_LEADS.toMillis())));
    HANDOFFS.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")));
    registry.add("baton.services.lead-service.url", LEADS::baseUrl);
    registry.add("baton.services.handoff-service.url", HANDOFFS::baseUrl);
    registry.add("baton.services.onboarding-service.url", ONBOARDINGS::baseUrl);
  }

  @AfterAll
  static void stop() {
    LEADS.stop();
    HANDOFFS.stop();
    ONBOARDINGS.stop();
  }

  @Test
  void callsAboveARoutesBulkheadAreRefusedAtOnceAndOtherRoutesAreServed() throws Exception {
    String token = TestTokens.of("crowd", "admin");
    int calls = admitted + 60;
    List<CompletableFuture<Answer>> leads = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      leads.add(get("/api/leads?limit=5", token));
    }
    Thread.sleep(SLOW_LEADS.dividedBy(2));
    Answer handoffs = get("/api/handoffs?limit=5", token).join();

    List<Answer> answers = leads.stream().map(CompletableFuture::join).toList();
    List<Answer> refused = answers.stream().filter(answer -> answer.status() != 200).toList();
    assertThat(answers.stream().filter(answer -> answer.status() == 200))
        .as("calls the bulkhead admitted")
        .hasSize(admitted);
    assertThat(refused)
        .as("calls above the bulkhead")
        .hasSize(calls - admitted)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).isEqualTo(503);
              assertThat(answer.contentType()).startsWith("application/problem+json");
              assertThat(JSON.readTree(answer.body()).path("service").asText())
                  .isEqualTo("lead-service");
              assertThat(answer.took())
                  .as("refused without waiting for lead-service")
                  .isLessThan(SLOW_LEADS);
            });
    assertThat(handoffs.status()).as("another route while lead-service's is full").isEqualTo(200);
    assertThat(handoffs.took()).isLessThan(SLOW_LEADS);
  }

  @Test
  void aServiceSlowerThanTheTimeLimitIsAnswered503AtTheLimit() throws Exception {
    ONBOARDINGS.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")
                    .withFixedDelay((int) timeLimit.plusSeconds(5).toMillis())));

    Answer answer = get("/api/onboardings?limit=5", TestTokens.of("crowd", "admin")).join();

    assertThat(timeLimit).as("the production time limit").isEqualTo(Duration.ofSeconds(10));
    assertThat(answer.status()).isEqualTo(503);
    assertThat(JSON.readTree(answer.body()).path("service").asText())
        .isEqualTo("onboarding-service");
    assertThat(answer.took()).isBetween(timeLimit, timeLimit.plusSeconds(5));
  }

  private record Answer(int status, String contentType, String body, Duration took) {}

  private CompletableFuture<Answer> get(String path, String token) {
    long sent = System.nanoTime();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(
            response ->
                new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    Duration.ofNanos(System.nanoTime() - sent)));
  }
}
