package io.baton.retention.revenue.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.retention.revenue.application.RevenueAnswer;
import io.baton.retention.revenue.domain.Dimension;
import io.baton.retention.revenue.domain.Losses;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The customers lost from {@code from} to {@code to} (their ARR went to 0 by a churn on a day in
 * the period, whenever they closed), per value of a dimension and in total, with what their
 * handoffs and onboardings had in common; as of {@code asOf}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LossesResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Dimension dimension,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant asOf,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LossesRow> rows,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LossesTotal total) {

  static LossesResponse of(RevenueAnswer<Losses> answer) {
    Losses losses = answer.answer();
    return new LossesResponse(
        losses.dimension(),
        losses.period().from(),
        losses.period().to(),
        answer.asOf(),
        losses.rows().stream()
            .map(row -> new LossesRow(row.value(), LossFiguresResponse.of(row.figures())))
            .toList(),
        new LossesTotal(LossFiguresResponse.of(losses.total())));
  }

  /** One value of the dimension (null: the customers lost without one) and its figures. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record LossesRow(
      @Schema(
              types = {"string", "null"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String value,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LossFiguresResponse figures) {}

  /** The figures of every row shown. */
  record LossesTotal(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LossFiguresResponse figures) {}
}
