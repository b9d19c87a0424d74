package io.baton.onboarding.adapter.out.http;

import feign.FeignException;
import io.baton.onboarding.application.HandoffLineages;
import io.baton.onboarding.application.HandoffUnavailableException;
import io.baton.onboarding.domain.Lineage;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * handoff-service over HTTP behind the {@code handoff-service} circuit breaker and time limiter
 * (both configured in application.yml). No handoff for the deal (404) is an empty answer; no other
 * 4xx counts as a breaker failure either. Every failure is {@link HandoffUnavailableException}.
 */
@Component
class HandoffLineagesOverHttp implements HandoffLineages {

  static final String BREAKER = "handoff-service";

  private final HandoffServiceClient client;
  private final CircuitBreaker breaker;

  HandoffLineagesOverHttp(HandoffServiceClient client, CircuitBreakerFactory<?, ?> breakers) {
    this.client = client;
    this.breaker = breakers.create(BREAKER);
  }

  @Override
  public Optional<Lineage> lineageOf(String dealId) {
    return breaker.run(
        () -> client.handoff(dealId).map(HandoffLineageResponse::acquisitionAndHandoffLineage),
        failure -> {
          if (failure instanceof FeignException.FeignClientException refused) {
            throw new HandoffUnavailableException(
                "handoff-service refused the handoff of deal "
                    + dealId
                    + ": "
                    + refused.status()
                    + " "
                    + refused.contentUTF8(),
                refused);
          }
          throw new HandoffUnavailableException(
              "handoff-service could not answer for deal " + dealId + " now: " + failure, failure);
        });
  }
}
