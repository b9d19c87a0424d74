package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.domain.TimeToValueCohort;
import io.swagger.v3.oas.annotations.media.Schema;

/** Time to value of one cohort: customers who closed in one month, in one segment. */
record TimeToValueResponse(
    @Schema(example = "2026-11") String closeMonth,
    String segment,
    @Schema(description = "Onboarding plans in the cohort") int plans,
    @Schema(description = "Plans whose customer confirmed first value") int reachedFirstValue,
    @Schema(description = "Median days from contract to first value; absent while none reached it")
        Double medianDays,
    @Schema(description = "90th percentile of the days from contract to first value")
        Double p90Days) {

  static TimeToValueResponse of(TimeToValueCohort cohort) {
    return new TimeToValueResponse(
        cohort.closeMonth().toString(),
        cohort.segment(),
        cohort.plans(),
        cohort.reachedFirstValue(),
        cohort.medianDays(),
        cohort.p90Days());
  }
}
