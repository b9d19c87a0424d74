package io.baton.handoff.adapter.out.http;

import java.util.List;
import java.util.Optional;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * lead-service's API, as far as the handoff needs it. A 404 is an answer (no such lead), not a
 * fault.
 */
@FeignClient(name = "lead-service", url = "${baton.services.lead-service.url}", dismiss404 = true)
interface LeadServiceClient {

  @GetMapping("/api/leads/{leadId}/context")
  Optional<LeadContextResponse> context(@PathVariable("leadId") String leadId);

  /** The leads (one or none) their source knows by {@code externalId}. */
  @GetMapping("/api/leads")
  List<LeadIdResponse> leadsWithExternalId(
      @RequestParam("externalId") String externalId, @RequestParam("limit") int limit);
}
