package io.baton.handoff.adapter.in.web;

import io.baton.support.intake.HubSpotIds;
import io.baton.support.signature.RequestSignature;
import io.baton.support.web.InvalidInputException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A HubSpot deal as HubSpot's CRM API (v3) shows it with its associated contacts, and as a HubSpot
 * workflow or app sends it to Baton when the deal is won: its record id, its properties (every
 * value a string) and its associations. It maps onto a won deal as docs/integrations.md tabulates;
 * properties Baton does not map are ignored. Property names are HubSpot's internal names, so a
 * wrong field is named as HubSpot names it.
 */
@Schema(
    description =
        "A won HubSpot deal (CRM API v3 object) with its associated contacts; properties Baton does"
            + " not map are ignored")
record HubSpotDealRequest(
    @Schema(description = "The deal's HubSpot record id; the dealId becomes hubspot-deal-<id>")
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
        String id,
    @NotNull @Valid HubSpotDealProperties properties,
    @Valid HubSpotAssociations associations) {

  static final String ID_PATTERN = "[A-Za-z0-9_-]+";
  static final String ID_MESSAGE = "may contain only letters, digits, '_' and '-'";

  /** Each field of the won-deal request, by the name it has in HubSpot's payload. */
  static final Map<String, String> FIELD_NAMES =
      Map.of(
          "dealId", "id",
          "customerName", "properties.dealname",
          "salesOwner", "properties.hubspot_owner_id",
          "arr", "properties.amount",
          "closeDate", "properties.closedate");

  private static final java.util.regex.Pattern MILLISECONDS =
      java.util.regex.Pattern.compile("\\d{1,15}");

  /**
   * The won-deal request this deal stands for, its lead not yet known, to be validated as any
   * won-deal request is.
   *
   * @throws InvalidInputException naming each property whose value does not map
   */
  WonDealRequest toWonDealRequest(HubSpotOwners owners, Clock clock) {
    HubSpotDealProperties p = properties;
    List<FieldError> errors = new ArrayList<>();
    if (p.hs_is_closed_won() != null && !p.hs_is_closed_won().strip().equalsIgnoreCase("true")) {
      errors.add(
          new FieldError(
              "properties.hs_is_closed_won", "must be true: only a won deal is handed off"));
    }
    String salesOwner = owners.username(p.hubspot_owner_id()).orElse(null);
    if (salesOwner == null) {
      errors.add(
          new FieldError(
              "properties.hubspot_owner_id",
              "is no HubSpot owner Baton knows: map it to a Baton user in"
                  + " baton.intake.hubspot.owners"));
    }
    BigDecimal arr = amount(p.amount(), errors);
    LocalDate closeDate = closeDate(p.closedate(), clock, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new WonDealRequest(HubSpotIds.deal(id), null, p.dealname(), salesOwner, arr, closeDate);
  }

  /**
   * The external id of the deal's lead: its first associated contact, as lead-service names the
   * lead that contact became; null for a deal without contacts.
   */
  String leadExternalId() {
    if (associations == null
        || associations.contacts() == null
        || associations.contacts().results() == null) {
      return null;
    }
    return associations.contacts().results().stream()
        .map(HubSpotAssociation::id)
        .findFirst()
        .map(HubSpotIds::contact)
        .orElse(null);
  }

  private static BigDecimal amount(String amount, List<FieldError> errors) {
    try {
      return new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError("properties.amount", "must be a number"));
      return null;
    }
  }

  /**
   * The day the deal closed, in UTC: from an ISO-8601 date-time (the CRM API's form), an ISO date
   * or milliseconds since the epoch. A time up to 5 minutes ahead of Baton's clock — the skew the
   * signature allows — is taken as now, so a deal sent the moment it was won is never refused for a
   * clock running slightly ahead.
   */
  private static LocalDate closeDate(String closedate, Clock clock, List<FieldError> errors) {
    String value = closedate.strip();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
      Instant closed =
          MILLISECONDS.matcher(value).matches()
              ? Instant.ofEpochMilli(Long.parseLong(value))
              : Instant.parse(value);
      Instant now = clock.instant();
      if (closed.isAfter(now) && !closed.isAfter(now.plus(RequestSignature.TOLERANCE))) {
        closed = now;
      }
      return LocalDate.ofInstant(closed, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      errors.add(
          new FieldError(
              "properties.closedate",
              "must be an ISO-8601 date or date-time, or milliseconds since the epoch"));
      return null;
    }
  }

  /** The deal properties Baton maps, by HubSpot's internal names. */
  @Schema(description = "HubSpot deal properties, by their internal names; others are ignored")
  record HubSpotDealProperties(
      @Schema(description = "The deal's name: the customer's name on the handoff")
          @NotBlank
          @Size(max = 200)
          String dealname,
      @Schema(description = "The deal's amount, a decimal number: the customer's ARR")
          @NotBlank
          @Size(max = 30)
          String amount,
      @Schema(
              description =
                  "When the deal closed: ISO-8601 date or date-time, or milliseconds since the"
                      + " epoch; its day in UTC")
          @NotBlank
          @Size(max = 40)
          String closedate,
      @Schema(
              description =
                  "The deal owner's HubSpot owner id, mapped to a Baton user by"
                      + " baton.intake.hubspot.owners: the sales owner")
          @NotBlank
          @Size(max = 50)
          String hubspot_owner_id,
      @Schema(description = "HubSpot's won flag; when sent, it must be true") @Size(max = 10)
          String hs_is_closed_won) {}

  /** The deal's associated records; only contacts are read. */
  record HubSpotAssociations(@Valid HubSpotAssociationList contacts) {}

  /** Associated records of one type, as HubSpot lists them. */
  record HubSpotAssociationList(
      @Schema(description = "The first contact is the lead the deal came from") @Size(max = 100)
          List<@Valid HubSpotAssociation> results) {}

  /** One associated record: its HubSpot id and the association's type. */
  record HubSpotAssociation(
      @NotBlank @Size(max = 50) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String id,
      @Size(max = 100) String type) {}
}
