package io.baton.retention.revenue.adapter.out.http;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * lead-service's pipeline feedback, as far as the revenue figures need it. Any 4xx or 5xx comes
 * back as {@link feign.FeignException}.
 */
@FeignClient(name = "lead-service", url = "${baton.services.lead-service.url}")
interface LeadServiceClient {

  /** Leads received from {@code from} to {@code to} (ISO dates, both included) and converted. */
  @GetMapping("/api/leads/feedback/pipeline")
  LeadPipelineResponse pipeline(@RequestParam("from") String from, @RequestParam("to") String to);
}
