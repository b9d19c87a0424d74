package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.application.OnboardingQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/onboardings")
@Validated
@Tag(name = "Onboardings", description = "Customers being onboarded after an accepted handoff")
class OnboardingController {

  private final OnboardingQueries queries;

  OnboardingController(OnboardingQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/{dealId}")
  @Operation(summary = "The onboarding of a deal's customer")
  @ApiResponse(responseCode = "404", description = "No onboarding for this deal (yet)")
  OnboardingResponse get(@PathVariable String dealId) {
    return OnboardingResponse.of(queries.get(dealId));
  }

  @GetMapping
  @Operation(summary = "The most recently started onboardings")
  List<OnboardingResponse> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries.recent(limit).stream().map(OnboardingResponse::of).toList();
  }
}
