package io.baton.onboarding.domain;

import java.util.List;
import java.util.Optional;

/** Where onboarding plans are kept, one per deal. */
public interface OnboardingPlans {

  Optional<OnboardingPlan> find(String dealId);

  /** Plans matching the filter, most recently started first. */
  List<OnboardingPlan> search(PlanFilter filter, int limit);

  /** How many plans have a checkpoint behind. */
  long countBehind();

  /** The time-to-value figures of the plans the filter keeps. */
  List<TimeToValueSample> timeToValueSamples(TimeToValueFilter filter);

  /** Stores a new plan; empty if the deal has one already. */
  Optional<OnboardingPlan> add(OnboardingPlan plan);

  /**
   * Stores a changed plan.
   *
   * @throws RuntimeException (optimistic locking) when someone else changed it since it was read
   */
  OnboardingPlan update(OnboardingPlan plan);
}
