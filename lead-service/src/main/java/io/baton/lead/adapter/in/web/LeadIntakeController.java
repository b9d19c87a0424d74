package io.baton.lead.adapter.in.web;

import io.baton.lead.application.ReceivingLead;
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
 * Leads a CRM pushes by webhook, without a token: each request is signed with the intake's secret
 * and let in only once its signature checks out (see {@link LeadAuthorization}). Both formats end
 * in the same intake as {@code POST /api/leads}: the same duplicates, the same answers.
 */
@RestController
@Tag(name = "CRM intake", description = "Leads pushed by a CRM's signed webhook, without a token")
class LeadIntakeController {

  static final String HUBSPOT = "/api/leads/intake/hubspot";
  static final String WEBHOOK = "/api/leads/intake/webhook";

  private final ReceivingLead receivingLead;
  private final Validator validator;
  private final Clock clock;

  LeadIntakeController(ReceivingLead receivingLead, Validator validator, Clock clock) {
    this.receivingLead = receivingLead;
    this.validator = validator;
    this.clock = clock;
  }

  @PostMapping(HUBSPOT)
  @HubSpotSignedIntake
  @Operation(
      summary = "Receive a contact HubSpot created, as a lead",
      description =
          "The contact as HubSpot's CRM API v3 shows it, signed with HubSpot's signature v3 (the"
              + " app's client secret; the URL is baton.intake.hubspot.public-url with this path)."
              + " Mapped as docs/integrations.md says: externalId hubspot-contact-<id>, createdate"
              + " as receivedAt. The same contact again is the lead received before. A wrong field"
              + " is named as HubSpot names it (properties.email).")
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The contact was received before; nothing new was stored")
  ResponseEntity<LeadResponse> receiveFromHubSpot(
      @Valid @RequestBody HubSpotContactRequest contact) {
    LeadRequest request =
        MappedInput.validated(
            validator, contact.toLeadRequest(clock), HubSpotContactRequest.FIELD_NAMES);
    return LeadController.answer(receivingLead.receive(request.toSubmission()));
  }

  @PostMapping(WEBHOOK)
  @BatonSignedIntake
  @Operation(
      summary = "Receive a lead from a signed webhook",
      description =
          "The body of POST /api/leads, signed with Baton's webhook signature (the intake's"
              + " webhook secret). The same externalId again, or the same contact email through the"
              + " same campaign within the duplicate window, is the lead received before.")
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The lead was received before; nothing new was stored")
  ResponseEntity<LeadResponse> receiveFromWebhook(@Valid @RequestBody LeadRequest request) {
    return LeadController.answer(receivingLead.receive(request.toSubmission()));
  }
}
