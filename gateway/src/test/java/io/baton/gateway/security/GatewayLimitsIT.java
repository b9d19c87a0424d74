package io.baton.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The limits the gateway enforces per caller: a burst above the rate limit is 429 for that caller
 * only; a too large body is 413.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "baton.security.rate-limit.requests-per-second=1",
      "baton.security.rate-limit.burst=5",
      "baton.security.max-request-size=10KB"
    })
class GatewayLimitsIT {

  private static final WireMockServer LEADS = new WireMockServer(options().dynamicPort());

  @Autowired private WebTestClient client;

  @DynamicPropertySource
  static void leads(DynamicPropertyRegistry registry) {
    LEADS.start();
    LEADS.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("[]")));
    registry.add("baton.services.lead-service.url", LEADS::baseUrl);
  }

  @AfterAll
  static void stop() {
    LEADS.stop();
  }

  @Test
  void aBurstAboveTheLimitIsTooManyRequestsForThatCallerOnly() {
    String flooding = TestTokens.of("flood", "sales");
    List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          client
              .get()
              .uri("/api/leads")
              .header(HttpHeaders.AUTHORIZATION, "Bearer " + flooding)
              .exchange()
              .expectBody()
              .returnResult());
    }

    List<EntityExchangeResult<byte[]>> refused =
        answers.stream()
            .filter(answer -> answer.getStatus() == HttpStatus.TOO_MANY_REQUESTS)
            .toList();
    assertThat(refused).hasSizeBetween(4, 5);
    assertThat(refused.getFirst().getResponseHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getFirst().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
        .isNotBlank();
    assertThat(refused.getFirst().getResponseHeaders().getFirst("X-RateLimit-Remaining"))
        .isEqualTo("0");
    assertThat(answers.getFirst().getResponseHeaders().getFirst("X-RateLimit-Limit"))
        .isEqualTo("1");

    client
        .get()
        .uri("/api/leads")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("calm", "sales"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void aBodyAboveTheSizeLimitIsRefused() {
    client
        .post()
        .uri("/api/leads")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("big", "marketing"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"intent\":\"" + "x".repeat(20_000) + "\"}")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aChunkedBodyAboveTheSizeLimitIsRefusedAndOneWithinItReachesTheServiceWhole() {
    String token = "Bearer " + TestTokens.of("chunks", "marketing");
    DataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;

    client
        .post()
        .uri("/api/leads")
        .header(HttpHeaders.AUTHORIZATION, token)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Flux.range(0, 20)
                .map(i -> buffers.wrap("x".repeat(1_000).getBytes(StandardCharsets.UTF_8))),
            DataBuffer.class)
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);

    LEADS.resetRequests();
    client
        .post()
        .uri("/api/leads")
        .header(HttpHeaders.AUTHORIZATION, token)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Flux.just("{\"intent\":", "\"chunked\"}")
                .map(part -> buffers.wrap(part.getBytes(StandardCharsets.UTF_8))),
            DataBuffer.class)
        .exchange()
        .expectStatus()
        .isOk();
    LEADS.verify(
        postRequestedFor(urlEqualTo("/api/leads"))
            .withRequestBody(equalTo("{\"intent\":\"chunked\"}")));
  }
}
