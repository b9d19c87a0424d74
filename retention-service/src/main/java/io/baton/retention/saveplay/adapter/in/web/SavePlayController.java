package io.baton.retention.saveplay.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;

import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.retention.saveplay.application.RevenueQueries;
import io.baton.retention.saveplay.application.SavePlayContext;
import io.baton.retention.saveplay.application.SavePlayQueries;
import io.baton.retention.saveplay.application.SearchSavePlays;
import io.baton.retention.saveplay.domain.InterventionStatus;
import io.baton.support.security.Caller;
import io.baton.support.security.Ownership;
import io.baton.support.vocabulary.KebabCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/save-plays")
@Validated
@Tag(
    name = "Save plays",
    description =
        "Interventions for customers at risk, their outcomes, and the revenue they protected")
class SavePlayController {

  /** Who sees which save plays: those of the customers they see. */
  private static final Ownership<SavePlayContext> SAVE_PLAY_OWNERSHIP =
      new Ownership<>(
          "Save play",
          SavePlayContext::accountManager,
          SavePlayContext::interventionId,
          ACCOUNT_MANAGER,
          SERVICE_AGENT,
          CS_LEADER);

  private final SavePlayQueries queries;
  private final RecordingOutcome recordingOutcome;
  private final RevenueQueries revenueQueries;

  SavePlayController(
      SavePlayQueries queries, RecordingOutcome recordingOutcome, RevenueQueries revenueQueries) {
    this.queries = queries;
    this.recordingOutcome = recordingOutcome;
    this.revenueQueries = revenueQueries;
  }

  @GetMapping
  @Operation(summary = "Save plays by status (active, closed) and customer, newest first")
  @ApiResponse(responseCode = "200", description = "The save plays")
  @ApiResponse(responseCode = "400", description = "An unknown status or a limit out of range")
  List<InterventionResponse> search(
      @RequestParam(required = false)
          @Pattern(regexp = "active|closed", message = "must be active or closed")
          String status,
      @RequestParam(required = false) String customerId,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    InterventionStatus wanted =
        status == null ? null : KebabCase.fromCode(InterventionStatus.class, status).orElseThrow();
    return queries
        .search(
            new SearchSavePlays(wanted, customerId, SAVE_PLAY_OWNERSHIP.visibleOwner(null), limit))
        .stream()
        .map(InterventionResponse::of)
        .toList();
  }

  @GetMapping("/revenue")
  @Operation(
      summary = "Which work protected revenue: per play, per cohort, and the ARR at risk now",
      description =
          "Per play: win rate = saved ÷ (saved + downgraded + churned), saved ARR = ARR its outcomes kept"
              + " (all when saved, the rest when downgraded), lost ARR. Per contract-month cohort: GRR ="
              + " Σ min(starting, current ARR) ÷ Σ starting ARR, NRR = Σ current ARR ÷ Σ starting ARR."
              + " ARR at risk: ARR of customers (not churned) in yellow and red.")
  RevenueResponse revenue() {
    return RevenueResponse.of(revenueQueries.revenue());
  }

  @GetMapping("/{interventionId}")
  @Operation(
      summary = "A save play: for whom, why, every request, the decision, escalations and outcome")
  @ApiResponse(responseCode = "200", description = "The save play")
  @ApiResponse(responseCode = "404", description = "No such save play")
  InterventionResponse get(@PathVariable String interventionId) {
    SAVE_PLAY_OWNERSHIP.visible(queries.contextFor(interventionId));
    return InterventionResponse.of(queries.get(interventionId));
  }

  @GetMapping("/{interventionId}/context")
  @Operation(
      summary =
          "What the person running the save play sees: health and why it changed, promises, onboarding, requests")
  @ApiResponse(responseCode = "200", description = "The save play's context")
  @ApiResponse(responseCode = "404", description = "No such save play")
  SavePlayContextResponse context(@PathVariable String interventionId) {
    return SavePlayContextResponse.of(
        SAVE_PLAY_OWNERSHIP.visible(queries.contextFor(interventionId)));
  }

  @PostMapping("/{interventionId}/outcome")
  @Operation(
      summary = "Record how the save play ended: saved, downgraded or churned",
      description =
          "Closes the save play, updates the customer's ARR (downgraded: arrAfter, churned: 0) and health."
              + " The same outcome again changes nothing. 'decidedAt' is when the customer decided,"
              + " for importing history; it defaults to now, cannot be before the save play was"
              + " requested, and dates the ARR change and the close.")
  @ApiResponse(responseCode = "200", description = "Recorded (now or before)")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such save play")
  @ApiResponse(
      responseCode = "409",
      description = "The save play is closed with a different outcome")
  InterventionResponse recordOutcome(
      @PathVariable String interventionId, @Valid @RequestBody OutcomeRequest request) {
    SAVE_PLAY_OWNERSHIP.visible(queries.contextFor(interventionId));
    String workedBy = Caller.current().acting(request.workedBy(), "workedBy");
    return InterventionResponse.of(
        recordingOutcome.record(interventionId, request.toReport(workedBy)).intervention());
  }
}
