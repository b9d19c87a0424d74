package io.baton.retention.revenue;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * retention-service with a WireMock stand-in for lead-service, shared by the revenue tests that
 * extend this class, so they share one Spring context too — with a database of its own, so the
 * revenue totals count only what these tests wrote (each test class keeps to its own contract
 * dates). The read model is refreshed by the tests themselves (the schedule's refresh is an hour
 * apart after its first load), and the time limit on lead-service is cut to 1 s. Every test starts
 * with no stubs and a closed breaker.
 */
@BatonServiceTest
public abstract class LeadServiceStubbed {

  protected static final String BREAKER = "lead-service";
  protected static final WireMockServer LEAD_SERVICE = startLeadService();

  @Autowired private Resilience4JCircuitBreakerFactory breakers;
  @Autowired protected TestRestTemplate http;

  @DynamicPropertySource
  static void pointAtTheStub(DynamicPropertyRegistry registry) {
    registry.add("baton.services.lead-service.url", LEAD_SERVICE::baseUrl);
    registry.add("resilience4j.timelimiter.instances.lead-service.timeout-duration", () -> "1s");
    // the embedded MongoDB the other tests use, in a database of its own
    registry.add("spring.data.mongodb.database", () -> "revenue");
    registry.add("baton.revenue.refresh", () -> "PT1H");
  }

  @BeforeEach
  void resetLeadService() {
    LEAD_SERVICE.resetAll();
    breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).reset();
  }

  protected CircuitBreaker.State breakerState() {
    return breakers.getCircuitBreakerRegistry().circuitBreaker(BREAKER).getState();
  }

  /** A GET as the user {@code username} with {@code roles}. */
  protected ResponseEntity<String> getAs(String username, String path, String... roles) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(username, roles));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** A GET without a token. */
  protected ResponseEntity<String> getWithoutToken(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** A GET as the test's administrator, asking for {@code accept}. */
  protected ResponseEntity<String> getAccepting(String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static WireMockServer startLeadService() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}
