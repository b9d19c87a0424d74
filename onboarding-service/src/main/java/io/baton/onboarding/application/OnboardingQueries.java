package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingInputException;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.onboarding.domain.PlanFilter;
import io.baton.onboarding.domain.TimeToValueCohort;
import io.baton.onboarding.domain.TimeToValueFilter;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading onboarding plans, and time to value per cohort. */
@Service
public class OnboardingQueries {

  private final OnboardingPlans plans;
  private final OnboardingSettings settings;
  private final Clock clock;

  public OnboardingQueries(OnboardingPlans plans, OnboardingSettings settings, Clock clock) {
    this.plans = plans;
    this.settings = settings;
    this.clock = clock;
  }

  public OnboardingPlan get(String dealId) {
    return plans
        .find(dealId)
        .orElseThrow(() -> new NotFoundException("Onboarding plan of deal", dealId));
  }

  /**
   * Plans by status, account manager and segment (null means any); {@code overdueOnly} keeps those
   * with an open checkpoint past its due date now.
   */
  public List<OnboardingPlan> search(SearchPlans query) {
    return plans.search(
        new PlanFilter(
            query.status(),
            query.accountManager(),
            knownSegment(query.segment()),
            query.overdueOnly() ? clock.instant() : null),
        query.limit());
  }

  /**
   * Time to value per month of close and segment, for contracts closed from {@code from} to {@code
   * to} (inclusive; null means no bound) in one segment or all (null), of one account manager's
   * plans or all (null).
   */
  public List<TimeToValueCohort> timeToValue(MeasureTimeToValue query) {
    YearMonth from = query.from();
    YearMonth to = query.to();
    if (from != null && to != null && from.isAfter(to)) {
      throw new OnboardingInputException("from", "must not be after to");
    }
    return TimeToValueCohort.of(
        plans.timeToValueSamples(
            new TimeToValueFilter(
                query.accountManager(),
                knownSegment(query.segment()),
                from == null ? null : from.atDay(1),
                to == null ? null : to.atEndOfMonth())));
  }

  private String knownSegment(String segment) {
    List<String> names = settings.segmentBands().names();
    if (segment != null && !names.contains(segment)) {
      throw new OnboardingInputException("segment", "must be one of " + String.join(", ", names));
    }
    return segment;
  }
}
