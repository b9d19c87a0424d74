package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.application.RetentionFigures;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.SourceFeedback;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Marketing's closed loop for one campaign or source channel; times to first contact are ISO-8601
 * durations, null when no lead was tried. What became of the customers it brought is
 * retention-service's, read in the background: null with {@code retentionFiguresAsOf} null when
 * those figures are not at hand.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackResponse(
    String key,
    long leads,
    long contacted,
    Duration medianTimeToFirstContact,
    Duration p90TimeToFirstContact,
    long qualified,
    long disqualified,
    Map<String, Long> disqualifiedByReason,
    long nurtured,
    Map<String, Long> nurturedByReason,
    long converted,
    BigDecimal convertedArr,
    @Schema(
            description =
                "retention-service's ARR won less the ARR save plays lost (churned, downgraded),"
                    + " for the customers closed in the period; null when not known")
        BigDecimal retainedArr,
    @Schema(description = "The ARR lost to churn by those customers; null when not known")
        BigDecimal churnedArr,
    @Schema(description = "Their 12-month gross revenue retention; null when not known")
        BigDecimal grr365,
    @Schema(
            description =
                "When retention-service's figures were computed; null when the answer has none"
                    + " (not read yet, or retention-service unavailable)")
        Instant retentionFiguresAsOf) {

  static FeedbackResponse of(SourceFeedback feedback, Optional<RetentionFigures> retention) {
    RetentionFigures.Downstream downstream =
        retention
            .map(figures -> figures.of(feedback.key()))
            .orElse(RetentionFigures.Downstream.NONE);
    return new FeedbackResponse(
        feedback.key(),
        feedback.leads(),
        feedback.contacted(),
        feedback.medianTimeToFirstContact(),
        feedback.p90TimeToFirstContact(),
        feedback.qualified(),
        feedback.disqualified(),
        byCode(feedback.disqualifiedByReason()),
        feedback.nurtured(),
        byCode(feedback.nurturedByReason()),
        feedback.converted(),
        feedback.convertedArr(),
        downstream.retainedArr(),
        downstream.churnedArr(),
        downstream.grr365(),
        retention.map(RetentionFigures::asOf).orElse(null));
  }

  private static Map<String, Long> byCode(Map<LossReason, Long> counts) {
    Map<String, Long> byCode = new TreeMap<>();
    counts.forEach((reason, count) -> byCode.put(reason.code(), count));
    return byCode;
  }
}
