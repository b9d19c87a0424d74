package io.baton.onboarding.domain;

import io.baton.support.unitofwork.AggregateStore;
import java.util.List;

/** Where onboarding plans are kept, one per deal: the deal id is the plan's id. */
public interface OnboardingPlans extends AggregateStore<OnboardingPlan> {

  /** Plans matching the filter, most recently started first. */
  List<OnboardingPlan> search(PlanFilter filter, int limit);

  /**
   * The deal ids of the plans after {@code afterDealId} (null: from the first) in the order of the
   * ids, at most {@code limit}: a walk through every plan, page by page.
   */
  List<String> dealIdsAfter(String afterDealId, int limit);

  /** How many plans have a checkpoint behind. */
  long countBehind();

  /** The time-to-value figures of the plans the filter keeps. */
  List<TimeToValueSample> timeToValueSamples(TimeToValueFilter filter);
}
