package io.baton.handoff.adapter.out.http;

import io.baton.handoff.application.LeadDirectory;
import io.baton.handoff.application.LeadDirectoryUnavailableException;
import io.baton.handoff.domain.LeadContext;
import java.time.Clock;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * lead-service over HTTP behind the {@code lead-service} circuit breaker and time limiter (both
 * configured in application.yml). A missing lead is an empty answer and never counts as a failure.
 */
@Component
class LeadServiceDirectory implements LeadDirectory {

  static final String BREAKER = "lead-service";

  private final LeadServiceClient client;
  private final CircuitBreaker breaker;
  private final Clock clock;

  LeadServiceDirectory(
      LeadServiceClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
    this.client = client;
    this.breaker = breakers.create(BREAKER);
    this.clock = clock;
  }

  @Override
  public Optional<LeadContext> contextOf(String leadId) {
    return breaker.run(
        () -> client.context(leadId).map(response -> response.toLeadContext(clock.instant())));
  }

  @Override
  public Optional<String> leadIdOf(String externalId) {
    try {
      return breaker.run(
          () ->
              client.leadsWithExternalId(externalId, 1).stream()
                  .map(LeadIdResponse::leadId)
                  .findFirst());
    } catch (RuntimeException e) {
      throw new LeadDirectoryUnavailableException("which lead is " + externalId, e);
    }
  }
}
