package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Baton service answers, whatever its domain: probes with a MongoDB check that works
 * on the embedded server, Prometheus metrics, an OpenAPI description, problem+json errors, and
 * the caller's correlation id, and no request served without a valid token — whether or not it
 * came through the gateway. A service's test extends this and is annotated {@link
 * BatonServiceTest}.
 */
public abstract class ServiceRuntimeContract {

  @Autowired protected TestRestTemplate http;

  @Test
  void isReadyWhenItsMongoDbAnswers() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health/readiness", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"mongo\"").contains("\"UP\"");
  }

  @Test
  void showsHealthDetailsOnlyToAnAdministratorOrTheSystem() throws Exception {
    String url = http.getRootUri() + "/actuator/health/readiness";
    HttpClient client = HttpClient.newHttpClient();

    String anonymous = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    String salesRep =
        client
            .send(
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TestTokens.of("sam", "sales")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(anonymous).contains("\"UP\"").doesNotContain("mongo");
    assertThat(salesRep).contains("\"UP\"").doesNotContain("mongo");
  }

  @Test
  void isLive() {
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void exposesPrometheusMetricsTaggedWithTheApplication() {
    ResponseEntity<String> response = http.getForEntity("/actuator/prometheus", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("application=\"");
  }

  @Test
  void exposesNoOtherActuatorEndpoint() {
    assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/actuator/beans", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void describesItsApiWithOpenApi() {
    ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"openapi\"");
  }

  @Test
  void answersAnUnknownPathWithProblemJson() {
    ResponseEntity<String> response = http.getForEntity("/api/no-such-thing", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void keepsTheCallersCorrelationId() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Correlation-Id", "contract-check-1");

    ResponseEntity<String> response =
        http.exchange(
            "/actuator/health/liveness", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("contract-check-1");
  }

  @Test
  void startsACorrelationIdWhenTheCallerHasNone() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health/liveness", String.class);

    assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
  }

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("expired", TestTokens.expired("eve", "admin")),
        Arguments.of("from another issuer", TestTokens.fromIssuer("https://evil.example", "eve", "admin")),
        Arguments.of("for another audience", TestTokens.forAudience("someone-else", "eve", "admin")),
        Arguments.of("unsigned (alg none)", TestTokens.unsigned("eve", "admin")),
        Arguments.of("tampered after signing", TestTokens.tampered("eve", "sales")),
        Arguments.of("signed by an unknown key", TestTokens.signedByAnotherKey("eve", "admin")),
        Arguments.of("not a token", "not-a-jwt"));
  }

  @Test
  void refusesARequestWithoutATokenWithProblemJson() {
    ResponseEntity<String> response =
        http.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(bearer(null)), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @ParameterizedTest(name = "a token {0}")
  @MethodSource("badTokens")
  void refusesABadToken(String fault, String token) {
    ResponseEntity<String> response =
        http.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** Headers with the given bearer token, or with an empty Authorization header for none. */
  protected static HttpHeaders bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, token == null ? "" : "Bearer " + token);
    return headers;
  }
}
