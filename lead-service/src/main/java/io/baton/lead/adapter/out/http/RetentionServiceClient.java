package io.baton.lead.adapter.out.http;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * retention-service's revenue accountability, as far as the campaign feedback needs it. Any 4xx or
 * 5xx comes back as {@link feign.FeignException}.
 */
@FeignClient(name = "retention-service", url = "${baton.services.retention-service.url}")
interface RetentionServiceClient {

  /**
   * The figures per value of {@code dimension} for the customers closed from {@code from} to {@code
   * to}.
   */
  @GetMapping("/api/revenue/accountability")
  AccountabilityResponse accountability(
      @RequestParam("dimension") String dimension,
      @RequestParam("from") String from,
      @RequestParam("to") String to);
}
