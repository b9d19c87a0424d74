package io.baton.lead.adapter.in.web;

import io.baton.lead.application.LeadQueries;
import io.baton.lead.application.ReceivingLead;
import io.baton.lead.application.RecordingAttempt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
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
@RequestMapping("/api/leads")
@Validated
@Tag(name = "Leads", description = "Leads won by marketing, and every try to reach them")
class LeadController {

  private final ReceivingLead receivingLead;
  private final RecordingAttempt recordingAttempt;
  private final LeadQueries queries;

  LeadController(
      ReceivingLead receivingLead, RecordingAttempt recordingAttempt, LeadQueries queries) {
    this.receivingLead = receivingLead;
    this.recordingAttempt = recordingAttempt;
    this.queries = queries;
  }

  @PostMapping
  @Operation(
      summary = "Receive a lead from a web form or a CRM webhook",
      description =
          "The same externalId again, or the same contact email through the same campaign within"
              + " the duplicate window (baton.leads.duplicate-window), is the lead received"
              + " before.")
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The lead was received before; nothing new was stored")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  ResponseEntity<LeadResponse> receive(@Valid @RequestBody LeadRequest request) {
    ReceivingLead.Intake intake = receivingLead.receive(request.toSubmission());
    LeadResponse body = LeadResponse.of(intake.lead());
    if (!intake.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/leads/" + body.leadId())).body(body);
  }

  @PostMapping("/{leadId}/attempts")
  @Operation(
      summary = "Record a follow-up attempt",
      description = "The first attempt is the lead's first contact. 'at' defaults to now.")
  @ApiResponse(responseCode = "201", description = "Recorded; answers the lead with its attempts")
  @ApiResponse(responseCode = "200", description = "The same attempt was recorded before")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such lead")
  ResponseEntity<LeadResponse> recordAttempt(
      @PathVariable String leadId, @Valid @RequestBody AttemptRequest request) {
    RecordingAttempt.Recording recording =
        recordingAttempt.record(
            leadId, request.channel(), request.outcome(), request.notes(), request.at());
    return ResponseEntity.status(recording.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(LeadResponse.of(recording.lead()));
  }

  @GetMapping("/{leadId}")
  @Operation(summary = "A lead")
  @ApiResponse(responseCode = "404", description = "No such lead")
  LeadResponse get(@PathVariable String leadId) {
    return LeadResponse.of(queries.get(leadId));
  }

  @GetMapping("/{leadId}/context")
  @Operation(
      summary = "What the lead knew, for the sale-to-implementation handoff",
      description = "Company, contact, source, play, attempts and every note, oldest first.")
  @ApiResponse(responseCode = "404", description = "No such lead")
  LeadContextResponse context(@PathVariable String leadId) {
    return LeadContextResponse.of(queries.get(leadId));
  }

  @GetMapping
  @Operation(summary = "The most recently received leads")
  List<LeadResponse> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries.recent(limit).stream().map(LeadResponse::of).toList();
  }
}
