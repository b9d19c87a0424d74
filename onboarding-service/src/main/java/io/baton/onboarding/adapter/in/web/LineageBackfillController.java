package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.application.ResendingLineage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' backfill of customers' lineage (docs/operations.md). */
@RestController
@RequestMapping("/api/onboardings/lineage")
@Tag(
    name = "Onboardings",
    description = "Onboarding plans: checkpoints, promises, blockers, time to value")
class LineageBackfillController {

  private final ResendingLineage resendingLineage;

  LineageBackfillController(ResendingLineage resendingLineage) {
    this.resendingLineage = resendingLineage;
  }

  @PostMapping("/resend")
  @Operation(
      summary = "Backfill and send again the lineage of customers onboarded before it travelled",
      description =
          "Administrators only. Takes the plans after the deal id `after` (from the first without"
              + " one), at most `limit` (1–200, default 100), in the order of the deal ids. A plan"
              + " without handoff-service's lineage keys gets them from handoff-service; a plan past"
              + " first value gets the onboarding keys as they were at first value; the plan stores"
              + " them. Plans handed to retention already send their hand-over again with the whole"
              + " lineage. Idempotent: running it again changes nothing. Call again with `after` ="
              + " `next` until `next` is absent.")
  @ApiResponse(responseCode = "200", description = "What was done with each plan of the page")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  LineageResendResponse resend(@Valid @RequestBody LineageResendRequest request) {
    return LineageResendResponse.of(
        resendingLineage.resend(request.after(), request.limitOrDefault()));
  }
}
