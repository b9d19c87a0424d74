package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.SourceFeedback;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Marketing's closed loop for one campaign or source channel; times to first contact are ISO-8601
 * durations, null when no lead was tried.
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
    BigDecimal convertedArr) {

  static FeedbackResponse of(SourceFeedback feedback) {
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
        feedback.convertedArr());
  }

  private static Map<String, Long> byCode(Map<LossReason, Long> counts) {
    Map<String, Long> byCode = new TreeMap<>();
    counts.forEach((reason, count) -> byCode.put(reason.code(), count));
    return byCode;
  }
}
