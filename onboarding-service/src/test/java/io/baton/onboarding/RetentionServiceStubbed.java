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
 * A WireMock stand-in for retention-service, shared by the tests that extend this class, so they
 * share one Spring context too. Its time limit is cut to 1 s to keep the slow-answer test short.
 * Every test starts with no stubs and a closed breaker.
 */
public abstract class RetentionServiceStubbed {

  protected static final String BREAKER = "retention-service";
  protected static final WireMockServer RETENTION_SERVICE = startRetentionService();

  @Autowired private Resilience4JCircuitBreakerFactory breakers;

  @DynamicPropertySource
  static void pointAtTheStub(DynamicPropertyRegistry registry) {
    registry.add("baton.services.retention-service.url", RETENTION_SERVICE::baseUrl);
    registry.add(
        "resilience4j.timelimiter.instances.retention-service.timeout-duration", () -> "1s");
  }

  @BeforeEach
  void resetRetentionService() {
    RETENTION_SERVICE.resetAll();
    breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).reset();
  }

  protected CircuitBreaker.State breakerState() {
    return breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).getState();
  }

  private static WireMockServer startRetentionService() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
