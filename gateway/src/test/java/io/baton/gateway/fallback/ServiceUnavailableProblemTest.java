package io.baton.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ServiceUnavailableProblemTest {

  @Test
  void describesTheUnavailableServiceAsRfc9457Problem() {
    ProblemDetail problem =
        ServiceUnavailableProblem.of(
            "lead-service",
            "/api/leads/L-1",
            new ConnectException("Connection refused: localhost/127.0.0.1:8081"));

    assertThat(problem.getType()).isEqualTo(URI.create("urn:baton:problem:service-unavailable"));
    assertThat(problem.getTitle()).isEqualTo("Service unavailable");
    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getDetail())
        .isEqualTo("lead-service could not be reached. Try again later.");
    assertThat(problem.getInstance()).isEqualTo(URI.create("/api/leads/L-1"));
    assertThat(problem.getProperties()).containsEntry("service", "lead-service");
  }

  @Test
  void saysTheServiceWasTooSlowWhenItsTimeLimitRanOut() {
    assertThat(
            ServiceUnavailableProblem.of("handoff-service", "/api/handoffs", new TimeoutException())
                .getDetail())
        .isEqualTo("handoff-service did not answer within its time limit. Try again later.");
  }

  @Test
  void saysTheBreakerIsOpenWhenTheCallWasNotPermitted() {
    CircuitBreaker open = CircuitBreaker.ofDefaults("onboarding-service");
    open.transitionToOpenState();

    assertThat(
            ServiceUnavailableProblem.of(
                    "onboarding-service",
                    "/api/onboardings",
                    CallNotPermittedException.createCallNotPermittedException(open))
                .getDetail())
        .isEqualTo(
            "onboarding-service is failing, so the gateway is not sending it requests for now. "
                + "Try again later.");
  }

  @Test
  void saysTooManyRequestsAreInProgressWhenTheBulkheadIsFull() {
    assertThat(
            ServiceUnavailableProblem.of(
                    "retention-service",
                    "/api/customers",
                    BulkheadFullException.createBulkheadFullException(
                        Bulkhead.ofDefaults("retention-service")))
                .getDetail())
        .isEqualTo("retention-service has too many requests in progress. Try again later.");
  }

  @Test
  void neverPassesTheInternalExceptionMessageOn() {
    ProblemDetail problem =
        ServiceUnavailableProblem.of(
            "lead-service",
            "/api/leads",
            new IllegalStateException("pool exhausted at 10.0.3.7:8081"));

    assertThat(problem.getDetail()).doesNotContain("10.0.3.7").doesNotContain("pool");
  }

  @Test
  void keepsAnEncodedPathAsTheInstance() {
    assertThat(ServiceUnavailableProblem.of("lead-service", "/api/leads/a%20b", null).getInstance())
        .hasToString("/api/leads/a%20b");
  }
}
