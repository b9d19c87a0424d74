package io.baton.retention.revenue.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.retention.revenue.application.RevenueAnswer;
import io.baton.retention.revenue.domain.ChurnFactor;
import io.baton.retention.revenue.domain.ChurnPredictors;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * For each churn factor, the customers closed from {@code from} to {@code to} that had it and those
 * that had not, side by side; as of {@code asOf}.
 */
record ChurnPredictorsResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant asOf,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ChurnFactorComparison> factors) {

  static ChurnPredictorsResponse of(RevenueAnswer<ChurnPredictors> answer) {
    ChurnPredictors predictors = answer.answer();
    return new ChurnPredictorsResponse(
        predictors.period().from(),
        predictors.period().to(),
        answer.asOf(),
        predictors.factors().stream()
            .map(
                comparison ->
                    new ChurnFactorComparison(
                        comparison.factor(),
                        ChurnCohort.of(comparison.with()),
                        ChurnCohort.of(comparison.without())))
            .toList());
  }

  /** A factor: the customers that had it and those that had not. */
  record ChurnFactorComparison(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ChurnFactor factor,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ChurnCohort with,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ChurnCohort without) {}

  /**
   * Customers of a cohort, how many churned, the churn rate (null for none) and GRR 365 days after
   * the close.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ChurnCohort(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long customers,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long churned,
      @Schema(
              types = {"number", "null"},
              requiredMode = Schema.RequiredMode.REQUIRED)
          BigDecimal churnRate,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FigureResponse grr365) {

    static ChurnCohort of(ChurnPredictors.Cohort cohort) {
      return new ChurnCohort(
          cohort.customers(),
          cohort.churned(),
          cohort.churnRate(),
          FigureResponse.of(cohort.grr365()));
    }
  }
}
