package io.baton.lead.adapter.in.web;

import static java.util.Map.entry;

import io.baton.lead.adapter.in.web.LeadRequest.CompanyRequest;
import io.baton.lead.adapter.in.web.LeadRequest.ContactRequest;
import io.baton.lead.adapter.in.web.LeadRequest.SourceRequest;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.SourceChannel;
import io.baton.support.intake.HubSpotIds;
import io.baton.support.signature.RequestSignature;
import io.baton.support.vocabulary.KebabCase;
import io.baton.support.web.InvalidInputException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A HubSpot contact as HubSpot's CRM API (v3) shows it, and as a HubSpot workflow or app sends it
 * to Baton when the contact is created: its record id and its properties, every value a string. It
 * maps onto a lead as docs/integrations.md tabulates; properties Baton does not map are ignored.
 * Property names are HubSpot's internal names, so a wrong field is named as HubSpot names it.
 */
@Schema(
    description =
        "A HubSpot contact (CRM API v3 object); properties Baton does not map are ignored")
record HubSpotContactRequest(
    @Schema(
            description =
                "The contact's HubSpot record id; the lead's externalId becomes hubspot-contact-<id>")
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
        String id,
    @NotNull @Valid HubSpotContactProperties properties) {

  static final String ID_PATTERN = "[A-Za-z0-9_-]+";
  static final String ID_MESSAGE = "may contain only letters, digits, '_' and '-'";

  /** Each field of the lead request, by the name it has in HubSpot's payload. */
  static final Map<String, String> FIELD_NAMES =
      Map.ofEntries(
          entry("externalId", "id"),
          entry("company.name", "properties.company"),
          entry("company.size", "properties.numemployees"),
          entry("contact.name", "properties.firstname"),
          entry("contact.email", "properties.email"),
          entry("contact.phone", "properties.phone"),
          entry("contact.title", "properties.jobtitle"),
          entry("source.channel", "properties.hs_analytics_source"),
          entry("source.campaign", "properties.utm_campaign"),
          entry("interest", "properties.baton_interest"),
          entry("intent", "properties.message"),
          entry("receivedAt", "properties.createdate"));

  private static final java.util.regex.Pattern EMPLOYEES =
      java.util.regex.Pattern.compile("(\\d{1,9})(?:\\+|-\\d{1,9})?");
  private static final java.util.regex.Pattern MILLISECONDS =
      java.util.regex.Pattern.compile("\\d{1,15}");

  /**
   * The lead request this contact stands for, to be validated as any lead request is.
   *
   * @throws InvalidInputException naming each property whose value does not map
   */
  LeadRequest toLeadRequest(Clock clock) {
    HubSpotContactProperties p = properties;
    List<FieldError> errors = new ArrayList<>();
    Integer size = employees(p.numemployees(), errors);
    Interest interest = interest(p.baton_interest(), errors);
    Instant receivedAt = createdAt(p.createdate(), clock, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new LeadRequest(
        HubSpotIds.contact(id),
        new CompanyRequest(p.company(), size),
        new ContactRequest(name(p), p.email(), p.phone(), p.jobtitle()),
        new SourceRequest(
            channel(p.hs_analytics_source()),
            blank(p.utm_campaign()) ? p.hs_analytics_source_data_1() : p.utm_campaign()),
        interest,
        p.message(),
        receivedAt);
  }

  /** First and last name; the email address for a contact HubSpot knows by its address only. */
  private static String name(HubSpotContactProperties p) {
    String name =
        Stream.of(p.firstname(), p.lastname())
            .filter(part -> !blank(part))
            .map(String::strip)
            .collect(Collectors.joining(" "));
    return name.isEmpty() ? p.email() : name;
  }

  /**
   * HubSpot's original source as Baton's channel: paid search and paid social are paid-search,
   * referrals referral, offline sources (imports, the CRM, sales tools) outbound, and every other
   * source (organic search, direct traffic, email, social, other campaigns, none) a web form.
   */
  static SourceChannel channel(String hsAnalyticsSource) {
    if (blank(hsAnalyticsSource)) {
      return SourceChannel.WEB_FORM;
    }
    return switch (hsAnalyticsSource.strip().toUpperCase(Locale.ROOT)) {
      case "PAID_SEARCH", "PAID_SOCIAL" -> SourceChannel.PAID_SEARCH;
      case "REFERRALS" -> SourceChannel.REFERRAL;
      case "OFFLINE" -> SourceChannel.OUTBOUND;
      default -> SourceChannel.WEB_FORM;
    };
  }

  /** A head count, or the lower bound of HubSpot's ranges ({@code 25-50}, {@code 1000+}). */
  private static Integer employees(String numemployees, List<FieldError> errors) {
    if (blank(numemployees)) {
      return null;
    }
    Matcher matcher = EMPLOYEES.matcher(numemployees.strip());
    if (!matcher.matches()) {
      errors.add(
          new FieldError(
              "properties.numemployees", "must be a number or a range such as 25-50 or 1000+"));
      return null;
    }
    return Integer.valueOf(matcher.group(1));
  }

  private static Interest interest(String code, List<FieldError> errors) {
    if (blank(code)) {
      return null;
    }
    return KebabCase.fromCode(Interest.class, code.strip().toLowerCase(Locale.ROOT))
        .orElseGet(
            () -> {
              errors.add(
                  new FieldError(
                      "properties.baton_interest",
                      "must be one of "
                          + Arrays.stream(Interest.values())
                              .map(Interest::code)
                              .collect(Collectors.joining(", "))));
              return null;
            });
  }

  /**
   * When HubSpot created the contact: an ISO-8601 date-time (the CRM API's form) or milliseconds
   * since the epoch (older payloads). A time up to 5 minutes ahead of Baton's clock — the skew the
   * signature allows — is taken as now, so a contact sent as soon as it was created is never
   * refused for a clock running slightly ahead.
   */
  private static Instant createdAt(String createdate, Clock clock, List<FieldError> errors) {
    if (blank(createdate)) {
      return null;
    }
    Instant created;
    try {
      String value = createdate.strip();
      created =
          MILLISECONDS.matcher(value).matches()
              ? Instant.ofEpochMilli(Long.parseLong(value))
              : Instant.parse(value);
    } catch (DateTimeException e) {
      errors.add(
          new FieldError(
              "properties.createdate",
              "must be an ISO-8601 date-time or milliseconds since the epoch"));
      return null;
    }
    Instant now = clock.instant();
    return created.isAfter(now) && !created.isAfter(now.plus(RequestSignature.TOLERANCE))
        ? now
        : created;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The contact properties Baton maps, by HubSpot's internal names. */
  @Schema(description = "HubSpot contact properties, by their internal names; others are ignored")
  record HubSpotContactProperties(
      @Size(max = 100) String firstname,
      @Size(max = 100) String lastname,
      @Schema(description = "The contact name too, when firstname and lastname are empty")
          @NotBlank
          @Size(max = 254)
          String email,
      @Size(max = 50) String phone,
      @Size(max = 200) String jobtitle,
      @NotBlank @Size(max = 200) String company,
      @Schema(
              description =
                  "Employees: a number, or HubSpot's range (25-50, 1000+): its lower bound")
          @Size(max = 20)
          String numemployees,
      @Schema(
              description =
                  "Original source: PAID_SEARCH and PAID_SOCIAL are paid-search, REFERRALS"
                      + " referral, OFFLINE outbound, any other web-form")
          @Size(max = 50)
          String hs_analytics_source,
      @Schema(description = "The campaign; when empty, hs_analytics_source_data_1") @Size(max = 100)
          String utm_campaign,
      @Schema(description = "Original source drill-down 1: the campaign when utm_campaign is empty")
          @Size(max = 100)
          String hs_analytics_source_data_1,
      @Schema(description = "What the contact wrote in the form: the lead's intent")
          @Size(max = 4000)
          String message,
      @Schema(
              description =
                  "When the contact was created (ISO-8601 or epoch milliseconds): the lead's"
                      + " receivedAt")
          @Size(max = 40)
          String createdate,
      @Schema(
              description =
                  "A custom property with what the contact asked for, as Baton's interest"
                      + " (demo-request, pricing-request, ...)")
          @Size(max = 40)
          String baton_interest) {}
}
