package io.baton.retention.health.adapter.in.web;

import io.baton.retention.customer.adapter.in.web.CustomerOwnership;
import io.baton.retention.customer.application.CustomerQueries;
import io.baton.retention.health.application.RecordSignal;
import io.baton.retention.health.application.RecordingSignal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's health: the signals that move it, and why it changed. */
@RestController
@RequestMapping("/api/customers")
@Validated
@Tag(
    name = "Customers",
    description = "Customers retention looks after: signals, health and why it changed, renewals")
class CustomerHealthController {

  private final RecordingSignal recordingSignal;
  private final CustomerQueries queries;

  CustomerHealthController(RecordingSignal recordingSignal, CustomerQueries queries) {
    this.recordingSignal = recordingSignal;
    this.queries = queries;
  }

  @GetMapping("/{customerId}/health-history")
  @Operation(
      summary = "Why did the health change? Every recorded change, newest first",
      description =
          "Each entry names its cause, the score and band before and after, each component that moved"
              + " and the signals that moved it.")
  @ApiResponse(responseCode = "200", description = "The customer's health history")
  @ApiResponse(responseCode = "404", description = "No such customer")
  HealthHistoryResponse healthHistory(@PathVariable String customerId) {
    return HealthHistoryResponse.of(
        CustomerOwnership.OWNERSHIP.visible(queries.get(customerId)).customer());
  }

  @PostMapping("/{customerId}/signals")
  @Operation(
      summary = "Report a signal about the customer; its health is assessed again",
      description =
          "product-usage: value = share of licensed users active (0..1). nps-response: value = the answer (0..10)."
              + " csat-response: value = satisfaction (1..5). onboarding-slip: details.checkpointId, details.daysLate,"
              + " details.reason. promise-missed: details.promiseId or details.promiseText, details.reason."
              + " payment-late: details.daysLate. support-ticket-opened, support-ticket-escalated, champion-left:"
              + " details as you like. The same signalId again is counted once.")
  @ApiResponse(responseCode = "201", description = "Recorded and taken into the customer's health")
  @ApiResponse(responseCode = "200", description = "The signal was recorded before; it counts once")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such customer; a signal never creates one")
  @ApiResponse(
      responseCode = "409",
      description = "The signal id was used before for different data")
  ResponseEntity<SignalResponse> recordSignal(
      @PathVariable String customerId, @Valid @RequestBody SignalRequest request) {
    RecordingSignal.Recording recording =
        recordingSignal.record(
            new RecordSignal(
                customerId,
                request.signalId(),
                request.type(),
                request.occurredAt(),
                request.value(),
                request.details()));
    SignalResponse body = SignalResponse.of(recording);
    return recording.created() ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
  }
}
