package io.baton.onboarding.domain;

import io.baton.support.unitofwork.AggregateStore;
import java.util.List;

/** Where onboarding plans are kept, one per deal: the deal id is the plan's id. */
public interface OnboardingPlans extends AggregateStore<OnboardingPlan> {

  /** Plans matching the filter, most recently started first. */
  List<OnboardingPlan> search(PlanFilter filter, int limit);

  /** How many plans have a checkpoint behind. */
  long countBehind();

  /** The time-to-value figures of the plans the filter keeps. */
  List<TimeToValueSample> timeToValueSamples(TimeToValueFilter filter);
}
