package io.baton.handoff.adapter.in.web;

import io.baton.handoff.application.RegisteringWonDeal;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.intake.BatonSignedIntake;
import io.baton.support.intake.HubSpotSignedIntake;
import io.baton.support.web.MappedInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Won deals a CRM pushes by webhook, without a token: each request is signed with the intake's
 * secret and let in only once its signature checks out (see {@link HandoffAuthorization}). Both
 * formats end in the same registration as {@code POST /api/handoffs}: the deal-won message through
 * the handoff's outbox, the same duplicates, the same answers.
 */
@RestController
@Tag(
    name = "CRM intake",
    description = "Won deals pushed by a CRM's signed webhook, without a token")
class HandoffIntakeController {

  static final String HUBSPOT = "/api/handoffs/intake/hubspot";
  static final String WEBHOOK = "/api/handoffs/intake/webhook";

  private final RegisteringWonDeal registeringWonDeal;
  private final HubSpotOwners owners;
  private final Validator validator;
  private final Clock clock;

  HandoffIntakeController(
      RegisteringWonDeal registeringWonDeal,
      HubSpotOwners owners,
      Validator validator,
      Clock clock) {
    this.registeringWonDeal = registeringWonDeal;
    this.owners = owners;
    this.validator = validator;
    this.clock = clock;
  }

  @PostMapping(HUBSPOT)
  @HubSpotSignedIntake
  @Operation(
      summary = "Register a deal won in HubSpot and start its handoff",
      description =
          "The deal as HubSpot's CRM API v3 shows it with its associated contacts, signed with"
              + " HubSpot's signature v3 (the app's client secret; the URL is"
              + " baton.intake.hubspot.public-url with this path). Mapped as docs/integrations.md"
              + " says: dealId hubspot-deal-<id>, the owner through baton.intake.hubspot.owners, the"
              + " first associated contact's lead (from lead-service) as the deal's lead. The same"
              + " deal again is the handoff registered before. A wrong field is named as HubSpot"
              + " names it (properties.amount).")
  @ApiResponse(responseCode = "202", description = "Registered; the handoff process starts")
  @ApiResponse(
      responseCode = "200",
      description = "The deal was registered before; nothing new was started")
  @ApiResponse(responseCode = "409", description = "The deal is registered with different data")
  @ApiResponse(
      responseCode = "503",
      description =
          "lead-service (the deal's lead) or the database is not reachable; nothing was stored."
              + " Try again after Retry-After seconds")
  ResponseEntity<HandoffResponse> registerFromHubSpot(@Valid @RequestBody HubSpotDealRequest deal) {
    WonDealRequest request =
        MappedInput.validated(
            validator, deal.toWonDealRequest(owners, clock), HubSpotDealRequest.FIELD_NAMES);
    return HandoffController.answer(
        registeringWonDeal.registerFromCrm(
            request.toWonDeal(), deal.leadExternalId(), CorrelationId.current()),
        clock);
  }

  @PostMapping(WEBHOOK)
  @BatonSignedIntake
  @Operation(
      summary = "Register a won deal from a signed webhook and start its handoff",
      description =
          "The body of POST /api/handoffs, signed with Baton's webhook signature (the intake's"
              + " webhook secret). The same deal again is the handoff registered before.")
  @ApiResponse(responseCode = "202", description = "Registered; the handoff process starts")
  @ApiResponse(
      responseCode = "200",
      description = "The deal was registered before; nothing new was started")
  @ApiResponse(responseCode = "409", description = "The deal is registered with different data")
  ResponseEntity<HandoffResponse> registerFromWebhook(@Valid @RequestBody WonDealRequest request) {
    return HandoffController.answer(
        registeringWonDeal.register(request.toWonDeal(), CorrelationId.current()), clock);
  }
}
