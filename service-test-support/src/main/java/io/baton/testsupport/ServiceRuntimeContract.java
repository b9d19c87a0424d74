package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Baton service answers, whatever its domain: probes with a MongoDB check that works on
 * the embedded server, Prometheus metrics on the management port only, the OpenAPI description
 * committed with its code, problem+json errors, and the caller's correlation id, and no request
 * served without a valid token — whether or not it came through the gateway. A service's test
 * extends this and is annotated {@link BatonServiceTest}.
 */
public abstract class ServiceRuntimeContract {

  @Autowired protected TestRestTemplate http;

  /** The management server's port (actuator), random in tests as the main port is. */
  @LocalManagementPort protected int managementPort;

  /** The service's name, which is also its module's and its OpenAPI document's. */
  @Value("${spring.application.name}")
  private String applicationName;

  @Test
  void isReadyWhenItsMongoDbAnswers() {
    ResponseEntity<String> response = http.getForEntity("/readyz", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"mongo\"").contains("\"UP\"");
  }

  @Test
  void showsHealthDetailsOnlyToAnAdministratorOrTheSystem() throws Exception {
    for (String url :
        List.of(http.getRootUri() + "/readyz", management("/actuator/health/readiness"))) {
      String anonymous = send(HttpRequest.newBuilder(URI.create(url))).body();
      String salesRep =
          send(HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + TestTokens.of("sam", "sales")))
              .body();
      String system =
          send(HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + TestTokens.of("baton-services", "system")))
              .body();

      assertThat(anonymous).as(url).contains("\"UP\"").doesNotContain("mongo");
      assertThat(salesRep).as(url).contains("\"UP\"").doesNotContain("mongo");
      assertThat(system).as(url).contains("\"mongo\"");
    }
  }

  @Test
  void isLive() {
    assertThat(http.getForEntity("/livez", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            send(HttpRequest.newBuilder(URI.create(management("/actuator/health/liveness"))))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void exposesPrometheusMetricsTaggedWithTheApplicationOnTheManagementPortToAnyone() {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(management("/actuator/prometheus"))));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("application=\"");
  }

  /** The main port is the one the gateway routes to: no actuator there, with a token or without. */
  @Test
  void servesNoActuatorEndpointOnTheMainPort() {
    for (String path :
        List.of(
            "/actuator/prometheus",
            "/actuator/health",
            "/actuator/health/readiness",
            "/actuator/info",
            "/actuator")) {
      assertThat(
              http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(null)), String.class)
                  .getStatusCode())
          .as("%s without a token", path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .as("%s as an administrator", path)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  /** The management port serves actuator alone: neither the API nor its description. */
  @Test
  void servesNothingButActuatorOnTheManagementPort() {
    for (String path : List.of("/api/no-such-thing", "/v3/api-docs", "/livez")) {
      assertThat(
              send(HttpRequest.newBuilder(URI.create(management(path)))
                      .header("Authorization", "Bearer " + TestTokens.of("ada", "admin")))
                  .statusCode())
          .as("%s on the management port", path)
          .isEqualTo(404);
    }
  }

  @Test
  void exposesNoOtherActuatorEndpoint() {
    for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              send(HttpRequest.newBuilder(URI.create(management(path)))
                      .header("Authorization", "Bearer " + TestTokens.of("ada", "admin")))
                  .statusCode())
          .as("%s on the management port", path)
          .isEqualTo(404);
    }
  }

  /**
   * The service describes its API exactly as its committed OpenAPI document, {@code
   * src/main/openapi/<service>.json} in its module (the test's working directory), from which the
   * console's API types are generated. Run with {@code -Dbaton.openapi.write=true} (Failsafe passes
   * it on to the test's JVM) to write the document the service serves into that file.
   */
  @Test
  void describesItsApiAsItsCommittedOpenApiDocument() throws IOException {
    ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String served = OpenApiDocument.normalized(response.getBody());
    Path committed = Path.of("src", "main", "openapi", applicationName + ".json");

    if (Boolean.getBoolean("baton.openapi.write")) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, served);
    }

    assertThat(committed)
        .as("%s has no committed OpenAPI document %s. %s", applicationName, committed, refreshing())
        .exists();
    assertThat(OpenApiDocument.firstDifference(Files.readString(committed), served))
        .as(
            "%s serves another OpenAPI document than %s. %s",
            applicationName, committed, refreshing())
        .isEmpty();
  }

  /** How to bring the committed OpenAPI document up to date, for a failure message. */
  private String refreshing() {
    return ("If the change to the API is meant, write what the service serves into the file with"
            + " ./mvnw -pl %s -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=%s"
            + " -Dbaton.openapi.write=true and commit it; the console's API types are generated from it.")
        .formatted(applicationName, getClass().getSimpleName());
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
        http.exchange("/livez", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("contract-check-1");
  }

  @Test
  void startsACorrelationIdWhenTheCallerHasNone() {
    ResponseEntity<String> response = http.getForEntity("/livez", String.class);

    assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
  }

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("expired", TestTokens.expired("eve", "admin")),
        Arguments.of(
            "from another issuer", TestTokens.fromIssuer("https://evil.example", "eve", "admin")),
        Arguments.of(
            "for another audience", TestTokens.forAudience("someone-else", "eve", "admin")),
        Arguments.of("unsigned (alg none)", TestTokens.unsigned("eve", "admin")),
        Arguments.of("tampered after signing", TestTokens.tampered("eve", "sales")),
        Arguments.of("signed by an unknown key", TestTokens.signedByAnotherKey("eve", "admin")),
        Arguments.of("not a token", "not-a-jwt"));
  }

  @Test
  void refusesARequestWithoutATokenWithProblemJson() {
    ResponseEntity<String> response =
        http.exchange(
            "/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(bearer(null)), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @ParameterizedTest(name = "a token {0}")
  @MethodSource("badTokens")
  void refusesABadToken(String fault, String token) {
    ResponseEntity<String> response =
        http.exchange(
            "/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** A URL of the management server. */
  protected String management(String path) {
    return "http://localhost:" + managementPort + path;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Headers with the given bearer token, or with an empty Authorization header for none. */
  protected static HttpHeaders bearer(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, token == null ? "" : "Bearer " + token);
    return headers;
  }
}
