package io.baton.retention.revenue.adapter.out.http;

import feign.FeignException;
import io.baton.retention.revenue.application.LeadPipeline;
import io.baton.retention.revenue.application.LeadPipelineUnavailableException;
import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.RevenuePeriod;
import java.time.Clock;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * lead-service's pipeline over HTTP behind the {@code lead-service} circuit breaker and time
 * limiter (both in application.yml). A refusal (any 4xx) is lead-service's answer and never opens
 * the breaker; outages, 5xx, timeouts and an open breaker make the counts unavailable for now. Both
 * are {@link LeadPipelineUnavailableException}: the figures go on without lead counts.
 */
@Component
class LeadPipelineOverHttp implements LeadPipeline {

  static final String BREAKER = "lead-service";

  private final LeadServiceClient client;
  private final CircuitBreaker breaker;
  private final Clock clock;

  LeadPipelineOverHttp(
      LeadServiceClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
    this.client = client;
    this.breaker = breakers.create(BREAKER);
    this.clock = clock;
  }

  @Override
  public LeadCounts countsFor(RevenuePeriod period) {
    LeadPipelineResponse response =
        breaker.run(
            () -> client.pipeline(period.from().toString(), period.to().toString()),
            failure -> {
              if (failure instanceof FeignException.FeignClientException refused) {
                throw new LeadPipelineUnavailableException(
                    "lead-service refused its pipeline: "
                        + refused.status()
                        + " "
                        + refused.contentUTF8(),
                    refused);
              }
              throw new LeadPipelineUnavailableException(
                  "lead-service could not give its pipeline now: " + failure, failure);
            });
    return response.toCounts(clock.instant());
  }
}
