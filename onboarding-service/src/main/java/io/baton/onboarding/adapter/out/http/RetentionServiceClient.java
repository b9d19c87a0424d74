package io.baton.onboarding.adapter.out.http;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * retention-service's customer API, as far as onboarding needs it. A 404 (unknown customer) is an
 * answer to look at, not a fault; other 4xx and 5xx come back as {@link feign.FeignException}.
 */
@FeignClient(
    name = "retention-service",
    url = "${baton.services.retention-service.url}",
    dismiss404 = true)
interface RetentionServiceClient {

  /** Registers or updates a customer: 201 when new, 200 when known. */
  @PutMapping("/api/customers/{customerId}")
  ResponseEntity<Void> registerCustomer(
      @PathVariable("customerId") String customerId, @RequestBody CustomerRequest customer);

  /**
   * Records a health signal: 201 when new, 200 when its id was recorded before, 404 for an unknown
   * customer.
   */
  @PostMapping("/api/customers/{customerId}/signals")
  ResponseEntity<Void> recordSignal(
      @PathVariable("customerId") String customerId, @RequestBody SignalRequest signal);

  /** Takes the customer over from onboarding: 200 or 201, 404 for an unknown customer. */
  @PostMapping("/api/customers/{customerId}/handover")
  ResponseEntity<Void> handOver(
      @PathVariable("customerId") String customerId, @RequestBody HandoverRequest handover);
}
