package io.baton.retention.revenue.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.retention.revenue.application.RevenueAnswer;
import io.baton.retention.revenue.domain.Accountability;
import io.baton.retention.revenue.domain.Dimension;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The revenue figures per value of a dimension and in total, for the customers closed (and the
 * leads received) from {@code from} to {@code to}; as of {@code asOf}, with lead-service's counts
 * as of {@code leadFiguresAsOf} (null: not in it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record AccountabilityResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Dimension dimension,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant asOf,
    @Schema(
            types = {"string", "null"},
            format = "date-time",
            requiredMode = Schema.RequiredMode.REQUIRED)
        Instant leadFiguresAsOf,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AccountabilityRow> rows,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AccountabilityTotal total) {

  static AccountabilityResponse of(RevenueAnswer<Accountability> answer) {
    Accountability accountability = answer.answer();
    return new AccountabilityResponse(
        accountability.dimension(),
        accountability.period().from(),
        accountability.period().to(),
        answer.asOf(),
        answer.leadFiguresAsOf(),
        accountability.rows().stream()
            .map(row -> new AccountabilityRow(row.value(), FiguresResponse.of(row.figures())))
            .toList(),
        new AccountabilityTotal(FiguresResponse.of(accountability.total())));
  }

  /** One value of the dimension (null: the customers and leads without one) and its figures. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AccountabilityRow(
      @Schema(
              types = {"string", "null"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          String value,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FiguresResponse figures) {}

  /** The figures of every row shown. */
  record AccountabilityTotal(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FiguresResponse figures) {}
}
