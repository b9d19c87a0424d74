package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.application.CompleteCheckpoint;
import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.onboarding.application.ConfirmPromise;
import io.baton.onboarding.application.FlagPromiseMissed;
import io.baton.onboarding.application.MeasureTimeToValue;
import io.baton.onboarding.application.OnboardingQueries;
import io.baton.onboarding.application.ReportBlocker;
import io.baton.onboarding.application.ReportingBlocker;
import io.baton.onboarding.application.ResolvingPromise;
import io.baton.onboarding.application.SearchPlans;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.PlanStatus;
import io.baton.support.security.Caller;
import io.baton.support.vocabulary.KebabCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/onboardings")
@Validated
@Tag(
    name = "Onboardings",
    description = "Onboarding plans: checkpoints, promises, blockers, time to value")
class OnboardingController {

  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
  private static final String MONTH_MESSAGE = "must be a month like 2026-11";
  private static final String RECORDED = "Recorded; answers the plan";
  private static final String REPEATED = "The same was recorded before; nothing changed";
  private static final String INVALID = "Invalid input, naming each wrong field";

  private final OnboardingQueries queries;
  private final CompletingCheckpoint completingCheckpoint;
  private final ReportingBlocker reportingBlocker;
  private final ResolvingPromise resolvingPromise;
  private final Clock clock;

  OnboardingController(
      OnboardingQueries queries,
      CompletingCheckpoint completingCheckpoint,
      ReportingBlocker reportingBlocker,
      ResolvingPromise resolvingPromise,
      Clock clock) {
    this.queries = queries;
    this.completingCheckpoint = completingCheckpoint;
    this.reportingBlocker = reportingBlocker;
    this.resolvingPromise = resolvingPromise;
    this.clock = clock;
  }

  @GetMapping("/{dealId}")
  @Operation(
      summary =
          "The onboarding plan of a deal's customer: checkpoints, promises, blockers, time to value")
  @ApiResponse(responseCode = "200", description = "The plan")
  @ApiResponse(responseCode = "404", description = "No onboarding plan for this deal (yet)")
  OnboardingPlanResponse get(@PathVariable String dealId) {
    return OnboardingPlanResponse.of(
        OnboardingAuthorization.OWNERSHIP.visible(queries.get(dealId)), clock.instant());
  }

  @GetMapping
  @Operation(
      summary = "Onboarding plans by status, account manager and segment, or only those overdue",
      description =
          "status=behind lists the plans with a checkpoint recorded behind schedule; overdue=true the"
              + " plans with an open checkpoint past its due date now. Most recently started first.")
  @ApiResponse(responseCode = "200", description = "The plans")
  @ApiResponse(responseCode = "400", description = INVALID)
  List<OnboardingPlanResponse> search(
      @RequestParam(required = false)
          @Pattern(
              regexp = "on-track|behind|value-reached|handed-over",
              message = "must be one of on-track, behind, value-reached, handed-over")
          String status,
      @RequestParam(required = false) @Size(max = 100) String accountManager,
      @RequestParam(required = false)
          @Parameter(description = "A configured segment, e.g. mid-market")
          String segment,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    PlanStatus planStatus =
        status == null ? null : KebabCase.fromCode(PlanStatus.class, status).orElseThrow();
    return queries
        .search(
            new SearchPlans(
                planStatus,
                OnboardingAuthorization.OWNERSHIP.visibleOwner(accountManager),
                segment,
                overdue,
                limit))
        .stream()
        .map(plan -> OnboardingPlanResponse.of(plan, clock.instant()))
        .toList();
  }

  @GetMapping("/time-to-value")
  @Operation(
      summary = "Time to value per cohort: month of close and segment",
      description =
          "Days from the contract date to the customer-confirmed first value: how many plans, how many"
              + " reached first value, the median and the 90th percentile. from and to are months of close"
              + " (inclusive). An account manager's figures count only their own plans.")
  @ApiResponse(responseCode = "200", description = "One entry per cohort")
  @ApiResponse(responseCode = "400", description = INVALID)
  List<TimeToValueResponse> timeToValue(
      @RequestParam(required = false) String segment,
      @RequestParam(required = false) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
      @RequestParam(required = false) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to) {
    return queries
        .timeToValue(
            new MeasureTimeToValue(
                OnboardingAuthorization.OWNERSHIP.visibleOwner(null),
                segment,
                month(from),
                month(to)))
        .stream()
        .map(TimeToValueResponse::of)
        .toList();
  }

  @PostMapping("/{dealId}/checkpoints/{checkpointId}/completion")
  @Operation(
      summary = "Complete a checkpoint, with evidence",
      description =
          "completedAt defaults to now. Completing first-value records the time to value. The process"
              + " hears it as checkpoint-completed.")
  @ApiResponse(responseCode = "201", description = RECORDED)
  @ApiResponse(responseCode = "200", description = REPEATED)
  @ApiResponse(responseCode = "400", description = INVALID)
  @ApiResponse(responseCode = "404", description = "No such plan or checkpoint")
  @ApiResponse(
      responseCode = "409",
      description =
          "Completed before with other evidence, an earlier checkpoint must be done first, or the plan changed meanwhile")
  ResponseEntity<OnboardingPlanResponse> completeCheckpoint(
      @PathVariable String dealId,
      @PathVariable String checkpointId,
      @Valid @RequestBody CheckpointCompletionRequest request) {
    OnboardingAuthorization.OWNERSHIP.visible(queries.get(dealId));
    CompletingCheckpoint.Completion completion =
        completingCheckpoint.complete(
            new CompleteCheckpoint(
                dealId,
                checkpointId,
                request.evidence(),
                Caller.current().acting(request.completedBy(), "completedBy"),
                request.completedAt()));
    return answer(completion.completed(), completion.plan());
  }

  @PostMapping("/{dealId}/blockers")
  @Operation(
      summary = "Report what blocks a checkpoint",
      description =
          "The process hears it at once as blocker-reported, for the account manager and retention.")
  @ApiResponse(responseCode = "201", description = RECORDED)
  @ApiResponse(responseCode = "200", description = REPEATED)
  @ApiResponse(
      responseCode = "400",
      description = INVALID + ", including a checkpointId the plan does not have")
  @ApiResponse(responseCode = "404", description = "No such plan")
  @ApiResponse(
      responseCode = "409",
      description = "The checkpoint is done already, or the plan changed meanwhile")
  ResponseEntity<OnboardingPlanResponse> reportBlocker(
      @PathVariable String dealId, @Valid @RequestBody BlockerRequest request) {
    OnboardingAuthorization.OWNERSHIP.visible(queries.get(dealId));
    ReportingBlocker.Report report =
        reportingBlocker.report(
            new ReportBlocker(
                dealId,
                request.checkpointId(),
                request.description(),
                Caller.current().acting(request.reportedBy(), "reportedBy")));
    return answer(report.added(), report.plan());
  }

  @PostMapping("/{dealId}/promises/{promiseId}/confirmation")
  @Operation(summary = "Record that the customer confirmed a promise was kept")
  @ApiResponse(responseCode = "201", description = RECORDED)
  @ApiResponse(responseCode = "200", description = REPEATED)
  @ApiResponse(responseCode = "400", description = INVALID)
  @ApiResponse(responseCode = "404", description = "No such plan or promise")
  @ApiResponse(
      responseCode = "409",
      description =
          "The promise was flagged as missed or confirmed otherwise, or the plan changed meanwhile")
  ResponseEntity<OnboardingPlanResponse> confirmPromise(
      @PathVariable String dealId,
      @PathVariable String promiseId,
      @Valid @RequestBody PromiseConfirmationRequest request) {
    OnboardingAuthorization.OWNERSHIP.visible(queries.get(dealId));
    ResolvingPromise.Resolution resolution =
        resolvingPromise.confirm(
            new ConfirmPromise(dealId, promiseId, request.confirmedBy(), request.note()));
    return answer(resolution.recorded(), resolution.plan());
  }

  @PostMapping("/{dealId}/promises/{promiseId}/miss")
  @Operation(
      summary = "Flag a promise as missed",
      description =
          "The process hears it as promise-missed, for the account manager and retention.")
  @ApiResponse(responseCode = "201", description = RECORDED)
  @ApiResponse(responseCode = "200", description = REPEATED)
  @ApiResponse(responseCode = "400", description = INVALID)
  @ApiResponse(responseCode = "404", description = "No such plan or promise")
  @ApiResponse(
      responseCode = "409",
      description =
          "The customer confirmed the promise, it was flagged with another reason, or the plan changed meanwhile")
  ResponseEntity<OnboardingPlanResponse> flagPromiseMissed(
      @PathVariable String dealId,
      @PathVariable String promiseId,
      @Valid @RequestBody PromiseMissRequest request) {
    OnboardingAuthorization.OWNERSHIP.visible(queries.get(dealId));
    ResolvingPromise.Resolution resolution =
        resolvingPromise.flagMissed(
            new FlagPromiseMissed(
                dealId,
                promiseId,
                request.reason(),
                Caller.current().acting(request.reportedBy(), "reportedBy")));
    return answer(resolution.recorded(), resolution.plan());
  }

  private ResponseEntity<OnboardingPlanResponse> answer(boolean recorded, OnboardingPlan plan) {
    return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK)
        .body(OnboardingPlanResponse.of(plan, clock.instant()));
  }

  private static YearMonth month(String text) {
    return text == null ? null : YearMonth.parse(text);
  }
}
