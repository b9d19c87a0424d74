package io.baton.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.testsupport.TestTokens;
import java.util.List;
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
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway refuses every API request without a valid token before it reaches a service: missing,
 * expired, from another issuer, for another audience, unsigned, tampered or signed by an unknown
 * key — 401 problem+json, and the service never sees the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class GatewayTokenIT {

  private static final WireMockServer LEADS = new WireMockServer(options().dynamicPort());

  @Autowired private WebTestClient client;
  @LocalManagementPort private int managementPort;

  @DynamicPropertySource
  static void trustTheTestKey(DynamicPropertyRegistry registry) {
    LEADS.start();
    registry.add("baton.services.lead-service.url", LEADS::baseUrl);
    registry.add("baton.services.handoff-service.url", LEADS::baseUrl);
    registry.add(
        "baton.security.public-key-location", () -> TestTokens.publicKeyPem().toUri().toString());
    registry.add("baton.security.issuer", () -> TestTokens.ISSUER);
  }

  @AfterAll
  static void stop() {
    LEADS.stop();
  }

  @BeforeEach
  void answerEverything() {
    LEADS.resetAll();
    LEADS.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));
  }

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("none", ""),
        Arguments.of("expired", "Bearer " + TestTokens.expired("eve", "admin")),
        Arguments.of(
            "from another issuer",
            "Bearer " + TestTokens.fromIssuer("https://evil.example", "eve", "admin")),
        Arguments.of(
            "for another audience",
            "Bearer " + TestTokens.forAudience("someone-else", "eve", "admin")),
        Arguments.of("unsigned (alg none)", "Bearer " + TestTokens.unsigned("eve", "admin")),
        Arguments.of("tampered after signing", "Bearer " + TestTokens.tampered("eve", "sales")),
        Arguments.of(
            "signed by an unknown key", "Bearer " + TestTokens.signedByAnotherKey("eve", "admin")));
  }

  @ParameterizedTest(name = "token {0}: 401")
  @MethodSource("badTokens")
  void refusesABadTokenBeforeTheServiceSeesIt(String fault, String authorization) {
    client
        .get()
        .uri("/api/leads/L-1")
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401);

    LEADS.verify(0, anyRequestedFor(anyUrl()));
  }

  /**
   * A CRM's webhook has no token: the gateway passes POSTs to the signed intake paths on, body and
   * signature headers unchanged, for the service to check; nothing else opens without a token.
   */
  @Test
  void passesTheSignedCrmIntakeOnWithoutATokenAndNothingElse() {
    String body = "{\"id\":\"51\",\"properties\":{\"email\":\"hana@hubbard.example\"}}";
    for (String path :
        List.of(
            "/api/leads/intake/hubspot",
            "/api/leads/intake/webhook",
            "/api/handoffs/intake/hubspot",
            "/api/handoffs/intake/webhook")) {
      client
          .post()
          .uri(path)
          .header(HttpHeaders.AUTHORIZATION, "")
          .contentType(MediaType.APPLICATION_JSON)
          .header("X-HubSpot-Signature-v3", "c2lnbmF0dXJl")
          .header("X-HubSpot-Request-Timestamp", "1796119200123")
          .header("Baton-Signature", "v1=abc")
          .header("Baton-Timestamp", "1796119200")
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isOk();

      LEADS.verify(
          postRequestedFor(urlEqualTo(path))
              .withRequestBody(equalTo(body))
              .withHeader("X-HubSpot-Signature-v3", equalTo("c2lnbmF0dXJl"))
              .withHeader("X-HubSpot-Request-Timestamp", equalTo("1796119200123"))
              .withHeader("Baton-Signature", equalTo("v1=abc"))
              .withHeader("Baton-Timestamp", equalTo("1796119200")));
    }
    LEADS.resetRequests();

    for (String[] closed :
        List.of(
            new String[] {"GET", "/api/leads/intake/hubspot"},
            new String[] {"PUT", "/api/handoffs/intake/webhook"},
            new String[] {"POST", "/api/leads/intake/hubspot/more"},
            new String[] {"POST", "/api/leads/intake"},
            new String[] {"POST", "/api/leads"},
            new String[] {"POST", "/api/handoffs"})) {
      client
          .method(org.springframework.http.HttpMethod.valueOf(closed[0]))
          .uri(closed[1])
          .header(HttpHeaders.AUTHORIZATION, "")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    LEADS.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void passesAValidTokenOnToTheService() {
    String token = TestTokens.of("sam", "sales");

    client
        .get()
        .uri("/api/leads/L-1")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isOk();

    LEADS.verify(
        getRequestedFor(urlEqualTo("/api/leads/L-1"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
  }

  @Test
  void keepsTheProbesOpenOnTheMainPortAndActuatorOffIt() {
    client
        .get()
        .uri("/livez")
        .header(HttpHeaders.AUTHORIZATION, "")
        .exchange()
        .expectStatus()
        .isOk();
    client
        .get()
        .uri("/readyz")
        .header(HttpHeaders.AUTHORIZATION, "")
        .exchange()
        .expectStatus()
        .isOk();
    for (String path :
        new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator"}) {
      client
          .get()
          .uri(path)
          .header(HttpHeaders.AUTHORIZATION, "")
          .exchange()
          .expectStatus()
          .isUnauthorized();
      client.get().uri(path).exchange().expectStatus().isNotFound();
    }
    client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
  }

  @Test
  void servesHealthInfoAndMetricsOpenOnTheManagementPortAndHealthDetailsOnlyToAnAdministrator() {
    WebTestClient management = management();

    management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    management.get().uri("/actuator/info").exchange().expectStatus().isOk();
    management
        .get()
        .uri("/actuator/health/liveness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    // a health component, with its details, only for the roles of management.endpoint.health.roles
    management.get().uri("/actuator/health/diskSpace").exchange().expectStatus().isNotFound();
    management
        .get()
        .uri("/actuator/health/diskSpace")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("sam", "sales"))
        .exchange()
        .expectStatus()
        .isNotFound();
    management
        .get()
        .uri("/actuator/health/diskSpace")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("ada", "admin"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.details.free")
        .exists();
    // not exposed, and refused before anything looks for it
    management
        .get()
        .uri("/actuator/gateway/routes")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("ada", "admin"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  /**
   * The management port serves actuator alone: no route, no console, no fallback, so no API call
   * reaches a service by it, with a token or without.
   */
  @Test
  void servesNothingButActuatorOnTheManagementPort() {
    for (String path :
        new String[] {"/api/leads/L-1", "/console/", "/fallback/lead-service", "/v3/api-docs"}) {
      management().get().uri(path).exchange().expectStatus().isUnauthorized();
      management()
          .get()
          .uri(path)
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of("ada", "admin"))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    management()
        .options()
        .uri("/api/leads/L-1")
        .header(HttpHeaders.ORIGIN, "http://localhost:8080")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .exchange()
        .expectStatus()
        .isUnauthorized();

    LEADS.verify(0, anyRequestedFor(anyUrl()));
  }

  /**
   * The management server, called without a token unless a request sets one, as Prometheus calls
   * it.
   */
  private WebTestClient management() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
  }
}
