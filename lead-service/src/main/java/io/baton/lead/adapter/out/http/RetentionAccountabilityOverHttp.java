package io.baton.lead.adapter.out.http;

import feign.FeignException;
import io.baton.lead.application.RetentionAccountability;
import io.baton.lead.application.RetentionFigures;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * retention-service's accountability over HTTP behind the {@code retention-service} circuit breaker
 * and time limiter (both in application.yml), with the services' system token. A refusal (any 4xx)
 * is retention's answer and never opens the breaker; outages, 5xx, timeouts and an open breaker
 * make the figures unavailable for now. Both are {@link RetentionUnavailableException}.
 */
@Component
class RetentionAccountabilityOverHttp implements RetentionAccountability {

  static final String BREAKER = "retention-service";

  private final RetentionServiceClient client;
  private final CircuitBreaker breaker;
  private final Clock clock;

  RetentionAccountabilityOverHttp(
      RetentionServiceClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
    this.client = client;
    this.breaker = breakers.create(BREAKER);
    this.clock = clock;
  }

  @Override
  public RetentionFigures read(RetentionFigures.Dimension dimension, LocalDate from, LocalDate to) {
    AccountabilityResponse response =
        breaker.run(
            () -> client.accountability(dimension.code(), from.toString(), to.toString()),
            failure -> {
              if (failure instanceof FeignException.FeignClientException refused) {
                throw new RetentionUnavailableException(
                    "retention-service refused its accountability: "
                        + refused.status()
                        + " "
                        + refused.contentUTF8(),
                    refused);
              }
              throw new RetentionUnavailableException(
                  "retention-service could not give its accountability now: " + failure, failure);
            });
    return response.toFigures(clock.instant());
  }
}
