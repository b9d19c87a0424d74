package io.baton.retention.saveplay.adapter.in.web;

import io.baton.retention.customer.adapter.in.web.CustomerOwnership;
import io.baton.retention.customer.application.CustomerQueries;
import io.baton.retention.saveplay.application.RequestSavePlay;
import io.baton.retention.saveplay.application.TriggeringSavePlay;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service agent asks for a save play for a customer. */
@RestController
@RequestMapping("/api/customers")
@Validated
@Tag(
    name = "Customers",
    description = "Customers retention looks after: signals, health and why it changed, renewals")
class CustomerSavePlayController {

  private final TriggeringSavePlay triggeringSavePlay;
  private final CustomerQueries queries;

  CustomerSavePlayController(TriggeringSavePlay triggeringSavePlay, CustomerQueries queries) {
    this.triggeringSavePlay = triggeringSavePlay;
    this.queries = queries;
  }

  @PostMapping("/{customerId}/save-plays")
  @Operation(
      summary = "Ask for a save play for the customer (a service agent, from a ticket or a call)",
      description =
          "A customer has at most one active save play: a request while one runs is attached to it."
              + " 'requestedAt' is when the ticket or call came in, for importing history; it"
              + " defaults to now and cannot be before the customer's contract date.")
  @ApiResponse(
      responseCode = "201",
      description = "A save play started; its process is asked to start")
  @ApiResponse(
      responseCode = "200",
      description = "A save play was running; the request is attached to it")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "404", description = "No such customer")
  @ApiResponse(responseCode = "409", description = "The customer churned")
  ResponseEntity<InterventionResponse> requestSavePlay(
      @PathVariable String customerId, @Valid @RequestBody SavePlayRequest request) {
    CustomerOwnership.OWNERSHIP.visible(queries.get(customerId));
    TriggeringSavePlay.Triggering triggering =
        triggeringSavePlay.requestByAgent(
            new RequestSavePlay(
                customerId,
                request.reason(),
                request.sourceTicket(),
                Caller.current().acting(request.triggeredBy(), "triggeredBy"),
                CorrelationId.current(),
                request.requestedAt()));
    InterventionResponse body = InterventionResponse.of(triggering.intervention());
    if (!triggering.started()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/save-plays/" + body.interventionId()))
        .body(body);
  }
}
