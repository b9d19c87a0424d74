package io.baton.onboarding;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WireMock stand-ins for retention-service and handoff-service (which the lineage backfill reads),
 * shared by the tests that extend this class, so they share one Spring context too. Their time
 * limits are cut to 2 s to keep the slow-answer tests short (their stubs wait 3 s), yet leave a
 * cold first call on a loaded machine time to finish. Every test starts with no stubs and closed
 * breakers.
 */
public abstract class RetentionServiceStubbed {

  protected static final String BREAKER = "retention-service";
  protected static final String HANDOFF_BREAKER = "handoff-service";
  protected static final WireMockServer RETENTION_SERVICE = startStandIn();
  protected static final WireMockServer HANDOFF_SERVICE = startStandIn();

  @Autowired private Resilience4JCircuitBreakerFactory breakers;

  @DynamicPropertySource
  static void pointAtTheStubs(DynamicPropertyRegistry registry) {
    registry.add("baton.services.retention-service.url", RETENTION_SERVICE::baseUrl);
    registry.add(
        "resilience4j.timelimiter.instances.retention-service.timeout-duration", () -> "2s");
    registry.add("baton.services.handoff-service.url", HANDOFF_SERVICE::baseUrl);
    registry.add("resilience4j.timelimiter.instances.handoff-service.timeout-duration", () -> "2s");
  }

  @BeforeEach
  void resetStandIns() {
    RETENTION_SERVICE.resetAll();
    HANDOFF_SERVICE.resetAll();
    breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).reset();
    breakers.getCircuitBreakerRegistry().circuitBreaker(HANDOFF_BREAKER).reset();
  }

  protected CircuitBreaker.State breakerState() {
    return breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).getState();
  }

  protected CircuitBreaker.State handoffBreakerState() {
    return breakers.getCircuitBreakerRegistry().circuitBreaker(HANDOFF_BREAKER).getState();
  }

  private static WireMockServer startStandIn() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
