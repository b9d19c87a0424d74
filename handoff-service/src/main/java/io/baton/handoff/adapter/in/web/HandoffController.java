package io.baton.handoff.adapter.in.web;

import io.baton.handoff.application.HandoffQueries;
import io.baton.handoff.application.RegisteringWonDeal;
import io.baton.handoff.application.SearchHandoffs;
import io.baton.handoff.application.WritingBrief;
import io.baton.handoff.domain.HandoffStatus;
import io.baton.support.correlation.CorrelationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/handoffs")
@Validated
@Tag(
    name = "Handoffs",
    description = "Won deals handed from sales to implementation, with their context")
class HandoffController {

  private final RegisteringWonDeal registeringWonDeal;
  private final WritingBrief writingBrief;
  private final HandoffQueries queries;
  private final Clock clock;

  HandoffController(
      RegisteringWonDeal registeringWonDeal,
      WritingBrief writingBrief,
      HandoffQueries queries,
      Clock clock) {
    this.registeringWonDeal = registeringWonDeal;
    this.writingBrief = writingBrief;
    this.queries = queries;
    this.clock = clock;
  }

  @PostMapping
  @Operation(summary = "Register a won deal and start its handoff")
  @ApiResponse(responseCode = "202", description = "Registered; the handoff process starts")
  @ApiResponse(
      responseCode = "200",
      description = "The deal was registered before; nothing new was started")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "409", description = "The deal id is registered with different data")
  ResponseEntity<HandoffResponse> registerWonDeal(@Valid @RequestBody WonDealRequest request) {
    return answer(registeringWonDeal.register(request.toWonDeal(), CorrelationId.current()), clock);
  }

  /**
   * How every won-deal intake answers: 202 with the new handoff and its Location (its process
   * starts), or 200 with the handoff registered before.
   */
  static ResponseEntity<HandoffResponse> answer(
      RegisteringWonDeal.Registration registration, Clock clock) {
    HandoffResponse body = HandoffResponse.of(registration.handoff(), clock.instant());
    if (!registration.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/handoffs/" + body.dealId()))
        .body(body);
  }

  @GetMapping("/{dealId}")
  @Operation(
      summary =
          "The handoff of a deal with its full context: lead, brief, returns, deadlines, history")
  @ApiResponse(responseCode = "200", description = "The handoff")
  @ApiResponse(responseCode = "404", description = "No handoff for this deal")
  HandoffResponse get(@PathVariable String dealId) {
    return HandoffResponse.of(
        HandoffAuthorization.OWNERSHIP.visible(queries.get(dealId)), clock.instant());
  }

  @GetMapping
  @Operation(
      summary =
          "Handoffs by status, by owner (sales owner or account manager), or only those overdue")
  List<HandoffResponse> search(
      @RequestParam(required = false) HandoffStatus status,
      @RequestParam(required = false) String owner,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries
        .search(
            new SearchHandoffs(
                status, HandoffAuthorization.OWNERSHIP.visibleOwner(owner), overdue, limit))
        .stream()
        .map(handoff -> HandoffResponse.of(handoff, clock.instant()))
        .toList();
  }

  @PutMapping("/{dealId}/brief")
  @Operation(summary = "Save a draft of the handoff brief (it may be incomplete)")
  @ApiResponse(
      responseCode = "200",
      description = "Saved; answers whether the brief may be completed now")
  @ApiResponse(responseCode = "404", description = "No handoff for this deal")
  @ApiResponse(
      responseCode = "409",
      description =
          "The brief is no longer the sales owner's to edit, or the handoff was changed meanwhile")
  BriefCompletenessResponse saveDraftBrief(
      @PathVariable String dealId, @Valid @RequestBody BriefRequest request) {
    HandoffAuthorization.OWNERSHIP.visible(queries.get(dealId));
    return BriefCompletenessResponse.of(writingBrief.saveDraft(dealId, request.toBrief()).brief());
  }

  @GetMapping("/{dealId}/brief/completeness")
  @Operation(summary = "Whether the handoff's brief may be completed, and which items are missing")
  @ApiResponse(responseCode = "200", description = "The brief's completeness")
  @ApiResponse(responseCode = "404", description = "No handoff for this deal")
  BriefCompletenessResponse briefCompleteness(@PathVariable String dealId) {
    return BriefCompletenessResponse.of(
        HandoffAuthorization.OWNERSHIP.visible(queries.get(dealId)).brief());
  }
}
