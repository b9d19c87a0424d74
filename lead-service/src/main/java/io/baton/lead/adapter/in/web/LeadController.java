package io.baton.lead.adapter.in.web;

import io.baton.lead.application.CampaignFeedback;
import io.baton.lead.application.LeadQueries;
import io.baton.lead.application.ReceivingLead;
import io.baton.lead.application.RecordAttempt;
import io.baton.lead.application.RecordOutcome;
import io.baton.lead.application.RecordingAttempt;
import io.baton.lead.application.RecordingOutcome;
import io.baton.lead.application.RetentionFigures;
import io.baton.lead.application.SearchLeads;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadStatus;
import io.baton.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
@RequestMapping("/api/leads")
@Validated
@Tag(name = "Leads", description = "Leads won by marketing, and every try to reach them")
class LeadController {

  private final ReceivingLead receivingLead;
  private final RecordingAttempt recordingAttempt;
  private final RecordingOutcome recordingOutcome;
  private final LeadQueries queries;
  private final CampaignFeedback feedback;
  private final Clock clock;

  LeadController(
      ReceivingLead receivingLead,
      RecordingAttempt recordingAttempt,
      RecordingOutcome recordingOutcome,
      LeadQueries queries,
      CampaignFeedback feedback,
      Clock clock) {
    this.receivingLead = receivingLead;
    this.recordingAttempt = recordingAttempt;
    this.recordingOutcome = recordingOutcome;
    this.queries = queries;
    this.feedback = feedback;
    this.clock = clock;
  }

  @PostMapping
  @Operation(
      summary = "Receive a lead from a web form or a CRM webhook",
      description =
          "The same externalId again, or the same contact email through the same campaign within"
              + " the duplicate window (baton.leads.duplicate-window), is the lead received"
              + " before. 'receivedAt' is when the lead came in at its source, for importing"
              + " history; it defaults to now, and first contact is due and the speed-to-lead"
              + " clock runs from it.")
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The lead was received before; nothing new was stored")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  ResponseEntity<LeadResponse> receive(@Valid @RequestBody LeadRequest request) {
    return answer(receivingLead.receive(request.toSubmission()));
  }

  /**
   * How every intake answers: 201 with the new lead and its Location, or 200 with the lead received
   * before.
   */
  static ResponseEntity<LeadResponse> answer(ReceivingLead.Intake intake) {
    LeadResponse body = LeadResponse.of(intake.lead());
    if (!intake.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/leads/" + body.leadId())).body(body);
  }

  @PostMapping("/{leadId}/attempts")
  @Operation(
      summary = "Record a follow-up attempt",
      description =
          "The first attempt is the lead's first contact. 'at' defaults to now. An attempt that"
              + " reached the lead (replied, meeting-booked, not-interested, wrong-contact) ends the"
              + " follow-up cadence at once.")
  @ApiResponse(responseCode = "201", description = "Recorded; answers the lead with its attempts")
  @ApiResponse(responseCode = "200", description = "The same attempt was recorded before")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such lead")
  ResponseEntity<LeadResponse> recordAttempt(
      @PathVariable String leadId, @Valid @RequestBody AttemptRequest request) {
    LeadAuthorization.OWNERSHIP.visible(queries.get(leadId));
    RecordingAttempt.Recording recording =
        recordingAttempt.record(
            new RecordAttempt(
                leadId,
                request.channel(),
                request.outcome(),
                request.notes(),
                request.at(),
                null,
                true));
    return ResponseEntity.status(recording.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(LeadResponse.of(recording.lead()));
  }

  @PostMapping("/{leadId}/outcome")
  @Operation(
      summary = "Record the lead's outcome",
      description =
          "qualified (an opportunity), disqualified or nurture with a reason from the taxonomy, or"
              + " converted with the won deal, which starts the sale-to-implementation handoff. The"
              + " same outcome again changes nothing; a closed lead takes no other outcome.")
  @ApiResponse(responseCode = "200", description = "Recorded, or recorded before; answers the lead")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such lead")
  @ApiResponse(responseCode = "409", description = "The lead is closed with another outcome")
  LeadResponse recordOutcome(
      @PathVariable String leadId, @Valid @RequestBody OutcomeRequest request) {
    Lead lead = LeadAuthorization.OWNERSHIP.visible(queries.get(leadId));
    return LeadResponse.of(
        recordingOutcome
            .record(
                new RecordOutcome(
                    leadId,
                    request.outcome(),
                    request.reason(),
                    request.notes(),
                    request.convertedDeal(lead.company().name(), lead.owner()),
                    Caller.current().acting(request.recordedBy(), "recordedBy"),
                    true))
            .lead());
  }

  @GetMapping("/feedback/campaigns")
  @Operation(
      summary = "Marketing's closed loop per campaign",
      description =
          "For the leads received in [from, to) (default: the last 90 days): leads, contacted,"
              + " median and p90 time to first contact, qualified, disqualified and nurtured by"
              + " reason, converted and converted ARR; and retention-service's retained ARR,"
              + " churned ARR and 12-month GRR of the customers closed in the period (read in the"
              + " background: null, with retentionFiguresAsOf null, until read or while"
              + " retention-service is unavailable).")
  List<FeedbackResponse> feedbackPerCampaign(
      @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
    Period period = Period.of(from, to, clock);
    Optional<RetentionFigures> retention =
        feedback.retentionFigures(RetentionFigures.Dimension.CAMPAIGN, period.from(), period.to());
    return feedback.perCampaign(period.from(), period.to()).stream()
        .map(row -> FeedbackResponse.of(row, retention))
        .toList();
  }

  @GetMapping("/feedback/sources")
  @Operation(
      summary = "Marketing's closed loop per source channel",
      description = "As per campaign.")
  List<FeedbackResponse> feedbackPerSource(
      @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
    Period period = Period.of(from, to, clock);
    Optional<RetentionFigures> retention =
        feedback.retentionFigures(
            RetentionFigures.Dimension.SOURCE_CHANNEL, period.from(), period.to());
    return feedback.perSource(period.from(), period.to()).stream()
        .map(row -> FeedbackResponse.of(row, retention))
        .toList();
  }

  @GetMapping("/feedback/pipeline")
  @Operation(
      summary = "Leads received and converted, per campaign, source, play, owner and month",
      description =
          "For the leads received from `from` to `to` (ISO dates, UTC days, both included): per"
              + " grouping (campaign, sourceChannel, play, owner, receivedMonth as yyyy-MM) a row"
              + " per value with the leads and those converted into a won deal; value null for the"
              + " leads without one. Retention's revenue figures read it.")
  @ApiResponse(responseCode = "200", description = "The counts")
  @ApiResponse(
      responseCode = "400",
      description = "A missing or bad date, from after to, naming each wrong parameter")
  PipelineResponse pipeline(
      @Parameter(description = "The first day, yyyy-MM-dd") @RequestParam(required = false)
          String from,
      @Parameter(description = "The last day, yyyy-MM-dd (included)")
          @RequestParam(required = false)
          String to) {
    PipelinePeriod period = PipelinePeriod.parse(from, to);
    return PipelineResponse.of(
        period.from(), period.to(), feedback.pipeline(period.from(), period.to()));
  }

  @GetMapping("/{leadId}")
  @Operation(summary = "A lead")
  @ApiResponse(responseCode = "200", description = "The lead")
  @ApiResponse(responseCode = "404", description = "No such lead")
  LeadResponse get(@PathVariable String leadId) {
    return LeadResponse.of(LeadAuthorization.OWNERSHIP.visible(queries.get(leadId)));
  }

  @GetMapping("/{leadId}/context")
  @Operation(
      summary = "What the lead knew, for the sale-to-implementation handoff",
      description = "Company, contact, source, play, attempts and every note, oldest first.")
  @ApiResponse(responseCode = "200", description = "The lead's context")
  @ApiResponse(responseCode = "404", description = "No such lead")
  LeadContextResponse context(@PathVariable String leadId) {
    return LeadContextResponse.of(LeadAuthorization.OWNERSHIP.visible(queries.get(leadId)));
  }

  @GetMapping
  @Operation(
      summary = "The most recently received leads",
      description =
          "Filtered by status, owner and externalId (the id the lead's source knows it by, e.g."
              + " hubspot-contact-51 for a lead from HubSpot); overdue=true keeps the open leads"
              + " nobody has tried although first contact was due.")
  List<LeadResponse> search(
      @RequestParam(required = false) LeadStatus status,
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) @Size(max = 100) String externalId,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries
        .search(
            new SearchLeads(
                status,
                LeadAuthorization.OWNERSHIP.visibleOwner(owner),
                externalId,
                overdue,
                limit))
        .stream()
        .map(LeadResponse::of)
        .toList();
  }

  /** A reporting period, the last 90 days unless the request says otherwise. */
  private record Period(Instant from, Instant to) {
    static Period of(Instant from, Instant to, Clock clock) {
      Instant end = to == null ? clock.instant() : to;
      return new Period(from == null ? end.minus(Duration.ofDays(90)) : from, end);
    }
  }
}
