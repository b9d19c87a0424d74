package io.baton.onboarding.adapter.out.http;

import java.util.Optional;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * handoff-service's API, as far as onboarding needs it: a deal's handoff, for its lineage. A 404
 * (no handoff for the deal) is an answer, not a fault.
 */
@FeignClient(
    name = "handoff-service",
    url = "${baton.services.handoff-service.url}",
    dismiss404 = true)
interface HandoffServiceClient {

  @GetMapping("/api/handoffs/{dealId}")
  Optional<HandoffLineageResponse> handoff(@PathVariable("dealId") String dealId);
}
