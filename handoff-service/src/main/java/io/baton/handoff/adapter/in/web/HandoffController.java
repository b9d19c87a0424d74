package io.baton.handoff.adapter.in.web;

import io.baton.handoff.application.HandoffQueries;
import io.baton.handoff.application.RegisteringWonDeal;
import io.baton.support.correlation.CorrelationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/handoffs")
@Validated
@Tag(name = "Handoffs", description = "Won deals handed from sales to implementation")
class HandoffController {

  private final RegisteringWonDeal registeringWonDeal;
  private final HandoffQueries queries;

  HandoffController(RegisteringWonDeal registeringWonDeal, HandoffQueries queries) {
    this.registeringWonDeal = registeringWonDeal;
    this.queries = queries;
  }

  @PostMapping
  @Operation(summary = "Register a won deal and start its handoff")
  @ApiResponse(responseCode = "202", description = "Registered; the handoff process starts")
  @ApiResponse(responseCode = "200", description = "The deal was registered before; nothing new was started")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(responseCode = "409", description = "The deal id is registered with different data")
  ResponseEntity<HandoffResponse> registerWonDeal(@Valid @RequestBody WonDealRequest request) {
    RegisteringWonDeal.Registration registration =
        registeringWonDeal.register(request.toWonDeal(), CorrelationId.current());
    HandoffResponse body = HandoffResponse.of(registration.handoff());
    if (!registration.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.accepted().location(URI.create("/api/handoffs/" + body.dealId())).body(body);
  }

  @GetMapping("/{dealId}")
  @Operation(summary = "The handoff of a deal")
  @ApiResponse(responseCode = "404", description = "No handoff for this deal")
  HandoffResponse get(@PathVariable String dealId) {
    return HandoffResponse.of(queries.get(dealId));
  }

  @GetMapping
  @Operation(summary = "The most recently won handoffs")
  List<HandoffResponse> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return queries.recent(limit).stream().map(HandoffResponse::of).toList();
  }
}
