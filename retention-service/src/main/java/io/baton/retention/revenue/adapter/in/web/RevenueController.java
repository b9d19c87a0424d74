package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.revenue.application.AccountabilityQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/revenue")
@Tag(
    name = "Revenue",
    description =
        "Which campaigns, plays and people bring customers who stay: revenue figures by the"
            + " customer's lineage, the customers lost in a period, churn predictors, and the"
            + " customers behind each row."
            + " Each answer also comes as CSV (Accept: text/csv). docs/revenue.md says how every"
            + " figure is computed.")
class RevenueController {

  private static final String FROM =
      "First contract (close) date counted, yyyy-MM-dd; leads by the day they came in."
          + " Default: twelve months before to.";
  private static final String TO =
      "Last contract (close) date counted, yyyy-MM-dd. Default: today.";

  private static final String LOST_FROM =
      "First day of a churn counted, yyyy-MM-dd. Default: twelve months before to.";
  private static final String LOST_TO = "Last day of a churn counted, yyyy-MM-dd. Default: today.";

  private final AccountabilityQueries queries;

  RevenueController(AccountabilityQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/accountability")
  @Operation(
      summary = "Revenue figures per value of a dimension, and in total",
      description =
          "For the customers closed from `from` to `to`: leads and converted (lead-service's, for"
              + " campaign, source-channel, lead-play, sales-owner and close-month), ARR won, median"
              + " minutes to first contact, handoff returns, median days to value, share red now,"
              + " ARR churned, downgraded and saved, save-play win rate, GRR and NRR at 90, 180 and"
              + " 365 days. Every figure is {value, n}. marketing may group by campaign and"
              + " source-channel, sales by sales-owner (their own row only), cs-leader and admin by"
              + " every dimension.")
  @ApiResponse(responseCode = "200", description = "The figures")
  @ApiResponse(
      responseCode = "400",
      description = "No or an unknown dimension, a bad date, from after to")
  @ApiResponse(responseCode = "403", description = "A dimension the caller's role may not see")
  @ApiResponse(responseCode = "503", description = "The figures are loading after a start")
  AccountabilityResponse accountability(
      @DimensionParameter @RequestParam(required = false) String dimension,
      @Parameter(description = FROM, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String from,
      @Parameter(description = TO, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String to) {
    return AccountabilityResponse.of(
        queries.accountability(RevenueRequest.grouping(dimension, from, to, queries.today())));
  }

  @GetMapping("/losses")
  @Operation(
      summary = "The customers lost in the period per value of a dimension, and in total",
      description =
          "For the customers lost from `from` to `to` — their ARR went to 0 by a churn on a day in"
              + " the period, whenever they closed: customers lost, the ARR they had just before,"
              + " the share whose handoff brief was returned, whose first contact was outside the"
              + " SLA, whose first value was late and who had a promise missed (each over those"
              + " whose lineage says), the median hours to accept, days to value and minutes to"
              + " first contact, and the median whole months from the close to the churn. Every"
              + " figure is {value, n}. The same roles and rows as the accountability figures.")
  @ApiResponse(responseCode = "200", description = "The figures of the customers lost")
  @ApiResponse(
      responseCode = "400",
      description = "No or an unknown dimension, a bad date, from after to")
  @ApiResponse(responseCode = "403", description = "A dimension the caller's role may not see")
  @ApiResponse(responseCode = "503", description = "The figures are loading after a start")
  LossesResponse losses(
      @DimensionParameter @RequestParam(required = false) String dimension,
      @Parameter(description = LOST_FROM, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String from,
      @Parameter(description = LOST_TO, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String to) {
    return LossesResponse.of(
        queries.losses(RevenueRequest.grouping(dimension, from, to, queries.today())));
  }

  @GetMapping("/churn-predictors")
  @Operation(
      summary = "Churn predictors: cohorts with and without each factor, side by side",
      description =
          "For the customers closed from `from` to `to`, per factor (brief-returned,"
              + " first-value-late, promise-missed, first-contact-outside-sla): customers with and"
              + " without it, how many churned, the churn rate and GRR 365 days after the close."
              + " Customers for whom a factor is not known are in neither cohort of it.")
  @ApiResponse(responseCode = "200", description = "The cohorts")
  @ApiResponse(responseCode = "400", description = "A bad date, from after to")
  @ApiResponse(responseCode = "503", description = "The figures are loading after a start")
  ChurnPredictorsResponse churnPredictors(
      @Parameter(description = FROM, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String from,
      @Parameter(description = TO, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String to) {
    return ChurnPredictorsResponse.of(
        queries.churnPredictors(RevenueRequest.period(from, to, queries.today())));
  }

  @GetMapping("/customers")
  @Operation(
      summary = "The customers behind a row of the figures, most recently closed (or lost) first",
      description =
          "The customers closed from `from` to `to` (`basis=lost`: lost from `from` to `to`,"
              + " most recently lost first) with `value` of the dimension (`value=` with nothing:"
              + " those without one; no value: every customer of the period, for a sales rep"
              + " their own), a page at a time. A customer lost has the day of its churn,"
              + " `churnedOn`.")
  @ApiResponse(responseCode = "200", description = "The page of customers")
  @ApiResponse(
      responseCode = "400",
      description = "No or an unknown dimension, a bad value, date, basis, page or size")
  @ApiResponse(
      responseCode = "403",
      description = "A dimension the caller's role may not see, or another sales rep's row")
  @ApiResponse(responseCode = "503", description = "The figures are loading after a start")
  RevenueCustomersResponse customers(
      @DimensionParameter @RequestParam(required = false) String dimension,
      @Parameter(description = "The row: a value of the dimension (close-month: yyyy-MM)")
          @RequestParam(required = false)
          String value,
      @Parameter(description = FROM, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String from,
      @Parameter(description = TO, schema = @Schema(format = "date"))
          @RequestParam(required = false)
          String to,
      @Parameter(
              description =
                  "Which customers the period selects: closed (by contract date; the default) or"
                      + " lost (by the day of their churn)",
              schema = @Schema(allowableValues = {"closed", "lost"}))
          @RequestParam(required = false)
          String basis,
      @Parameter(
              description = "The page, from 0",
              schema = @Schema(type = "integer", minimum = "0"))
          @RequestParam(required = false)
          String page,
      @Parameter(
              description = "Customers per page, 1 to 200 (default 50)",
              schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
          @RequestParam(required = false)
          String size) {
    RevenueRequest.Drill drill =
        RevenueRequest.drill(dimension, value, from, to, basis, page, size, queries.today());
    return RevenueCustomersResponse.of(
        drill, queries.customers(drill.selection(), drill.page(), drill.size()));
  }
}
