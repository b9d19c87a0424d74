package io.baton.retention.revenue.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.retention.revenue.domain.Figure;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A figure and the number of things it is computed over; {@code value} is null when there is
 * nothing to compute it over or it is not known.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FigureResponse(
    @Schema(
            types = {"number", "null"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal value,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long n) {

  static FigureResponse of(Figure figure) {
    return new FigureResponse(figure.value(), figure.n());
  }
}
