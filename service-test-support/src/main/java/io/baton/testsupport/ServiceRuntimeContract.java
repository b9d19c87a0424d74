package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
 * the caller's correlation id. A service's test extends this and is annotated
 * {@link BatonServiceTest}.
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
}
