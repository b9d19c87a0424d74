package io.baton.onboarding.adapter.out.http;

import feign.FeignException;
import io.baton.onboarding.application.CustomerRetention;
import io.baton.onboarding.application.OnboardingSlipSignal;
import io.baton.onboarding.application.PromiseMissedSignal;
import io.baton.onboarding.application.RetentionCustomerUnknownException;
import io.baton.onboarding.application.RetentionUnavailableException;
import io.baton.onboarding.domain.OnboardingPlan;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * retention-service over HTTP behind the {@code retention-service} circuit breaker and time limiter
 * (both configured in application.yml). Business answers — an unknown customer (404), any other 4xx
 * — never count as failures; outages, 5xx, timeouts and an open breaker are {@link
 * RetentionUnavailableException}, for the caller to retry later.
 */
@Component
class CustomerRetentionOverHttp implements CustomerRetention {

  static final String BREAKER = "retention-service";

  private final RetentionServiceClient client;
  private final CircuitBreaker breaker;
  private final Clock clock;

  CustomerRetentionOverHttp(
      RetentionServiceClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
    this.client = client;
    this.breaker = breakers.create(BREAKER);
    this.clock = clock;
  }

  @Override
  public void registerCustomer(OnboardingPlan plan) {
    String customerId = plan.dealId();
    ResponseEntity<Void> response =
        call(
            "register customer " + customerId,
            () -> client.registerCustomer(customerId, CustomerRequest.of(plan)));
    if (response.getStatusCode() == HttpStatus.NOT_FOUND) {
      throw new IllegalStateException(
          "retention-service answered 404 to registering customer " + customerId);
    }
  }

  @Override
  public boolean sendSlipSignal(OnboardingSlipSignal signal) {
    return recorded(
        signal.customerId(),
        call(
            "send signal " + signal.signalId(),
            () -> client.recordSignal(signal.customerId(), SignalRequest.of(signal))));
  }

  @Override
  public boolean sendPromiseMissedSignal(PromiseMissedSignal signal) {
    return recorded(
        signal.customerId(),
        call(
            "send signal " + signal.signalId(),
            () -> client.recordSignal(signal.customerId(), SignalRequest.of(signal))));
  }

  @Override
  public void handOver(OnboardingPlan plan) {
    String customerId = plan.dealId();
    recorded(
        customerId,
        call(
            "hand over customer " + customerId,
            () -> client.handOver(customerId, HandoverRequest.of(plan, clock.instant()))));
  }

  private static boolean recorded(String customerId, ResponseEntity<Void> response) {
    if (response.getStatusCode() == HttpStatus.NOT_FOUND) {
      throw new RetentionCustomerUnknownException(customerId);
    }
    return response.getStatusCode() != HttpStatus.OK;
  }

  private ResponseEntity<Void> call(String what, Supplier<ResponseEntity<Void>> request) {
    return breaker.run(
        request,
        failure -> {
          if (failure instanceof FeignException.FeignClientException refused) {
            throw new IllegalStateException(
                "retention-service refused to "
                    + what
                    + ": "
                    + refused.status()
                    + " "
                    + refused.contentUTF8(),
                refused);
          }
          throw new RetentionUnavailableException(
              "retention-service could not " + what + " now: " + failure, failure);
        });
  }
}
