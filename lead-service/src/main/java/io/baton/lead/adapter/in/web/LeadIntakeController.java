package io.baton.lead.adapter.in.web;

import io.baton.lead.application.ReceivingLead;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.HubSpotSignature;
import io.baton.support.web.MappedInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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
  @SecurityRequirements
  @Operation(
      summary = "Receive a contact HubSpot created, as a lead",
      description =
          "The contact as HubSpot's CRM API v3 shows it, signed with HubSpot's signature v3 (the"
              + " app's client secret; the URL is baton.intake.hubspot.public-url with this path)."
              + " Mapped as docs/integrations.md says: externalId hubspot-contact-<id>, createdate"
              + " as receivedAt. The same contact again is the lead received before. A wrong field"
              + " is named as HubSpot names it (properties.email).",
      parameters = {
        @Parameter(
            in = ParameterIn.HEADER,
            name = HubSpotSignature.SIGNATURE_HEADER,
            required = true,
            description = "Base64 HMAC-SHA256 of method + URL + body + timestamp",
            schema = @Schema(type = "string")),
        @Parameter(
            in = ParameterIn.HEADER,
            name = HubSpotSignature.TIMESTAMP_HEADER,
            required = true,
            description = "Milliseconds since the epoch; at most 5 minutes from Baton's clock",
            schema = @Schema(type = "string"))
      })
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The contact was received before; nothing new was stored")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid input, naming each wrong field as HubSpot names it")
  @ApiResponse(
      responseCode = "401",
      description = "No valid signature, or its timestamp is more than 5 minutes from now")
  @ApiResponse(responseCode = "404", description = "HubSpot intake is not configured")
  ResponseEntity<LeadResponse> receiveFromHubSpot(
      @Valid @RequestBody HubSpotContactRequest contact) {
    LeadRequest request =
        MappedInput.validated(
            validator, contact.toLeadRequest(clock), HubSpotContactRequest.FIELD_NAMES);
    return LeadController.answer(receivingLead.receive(request.toSubmission()));
  }

  @PostMapping(WEBHOOK)
  @SecurityRequirements
  @Operation(
      summary = "Receive a lead from a signed webhook",
      description =
          "The body of POST /api/leads, signed with Baton's webhook signature (the intake's"
              + " webhook secret). The same externalId again, or the same contact email through the"
              + " same campaign within the duplicate window, is the lead received before.",
      parameters = {
        @Parameter(
            in = ParameterIn.HEADER,
            name = BatonSignature.SIGNATURE_HEADER,
            required = true,
            description = "v1= and the hex HMAC-SHA256 of timestamp + \".\" + body",
            schema = @Schema(type = "string")),
        @Parameter(
            in = ParameterIn.HEADER,
            name = BatonSignature.TIMESTAMP_HEADER,
            required = true,
            description = "Seconds since the epoch; at most 5 minutes from Baton's clock",
            schema = @Schema(type = "string"))
      })
  @ApiResponse(responseCode = "201", description = "Received; Location names the new lead")
  @ApiResponse(
      responseCode = "200",
      description = "The lead was received before; nothing new was stored")
  @ApiResponse(responseCode = "400", description = "Invalid input, naming each wrong field")
  @ApiResponse(
      responseCode = "401",
      description = "No valid signature, or its timestamp is more than 5 minutes from now")
  @ApiResponse(responseCode = "404", description = "Webhook intake is not configured")
  ResponseEntity<LeadResponse> receiveFromWebhook(@Valid @RequestBody LeadRequest request) {
    return LeadController.answer(receivingLead.receive(request.toSubmission()));
  }
}
