package io.baton.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.testsupport.TestTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway refuses every API request without a valid token before it reaches a service:
 * missing, expired, from another issuer, for another audience, unsigned, tampered or signed by an
 * unknown key — 401 problem+json, and the service never sees the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class GatewayTokenIT {

  private static final WireMockServer LEADS = new WireMockServer(options().dynamicPort());

  @Autowired private WebTestClient client;

  @DynamicPropertySource
  static void trustTheTestKey(DynamicPropertyRegistry registry) {
    LEADS.start();
    registry.add("baton.services.lead-service.url", LEADS::baseUrl);
    registry.add("baton.security.public-key-location", () -> TestTokens.publicKeyPem().toUri().toString());
    registry.add("baton.security.issuer", () -> TestTokens.ISSUER);
  }

  @AfterAll
  static void stop() {
    LEADS.stop();
  }

  @BeforeEach
  void answerEverything() {
    LEADS.resetAll();
    LEADS.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
  }

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("none", ""),
        Arguments.of("expired", "Bearer " + TestTokens.expired("eve", "admin")),
        Arguments.of("from another issuer", "Bearer " + TestTokens.fromIssuer("https://evil.example", "eve", "admin")),
        Arguments.of("for another audience", "Bearer " + TestTokens.forAudience("someone-else", "eve", "admin")),
        Arguments.of("unsigned (alg none)", "Bearer " + TestTokens.unsigned("eve", "admin")),
        Arguments.of("tampered after signing", "Bearer " + TestTokens.tampered("eve", "sales")),
        Arguments.of("signed by an unknown key", "Bearer " + TestTokens.signedByAnotherKey("eve", "admin")));
  }

  @ParameterizedTest(name = "token {0}: 401")
  @MethodSource("badTokens")
  void refusesABadTokenBeforeTheServiceSeesIt(String fault, String authorization) {
    client.get().uri("/api/leads/L-1").header(HttpHeaders.AUTHORIZATION, authorization).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody().jsonPath("$.status").isEqualTo(401);

    LEADS.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void passesAValidTokenOnToTheService() {
    String token = TestTokens.of("sam", "sales");

    client.get().uri("/api/leads/L-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
        .expectStatus().isOk();

    LEADS.verify(getRequestedFor(urlEqualTo("/api/leads/L-1")).withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
  }

  @Test
  void keepsHealthAndMetricsOpenAndTheGatewayActuatorClosed() {
    client.get().uri("/actuator/health/liveness").header(HttpHeaders.AUTHORIZATION, "").exchange().expectStatus().isOk();
    client.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "").exchange().expectStatus().isOk();
    client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
  }
}
