package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlanStateException;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The customer reached first value: retention takes them over with the onboarding's history — time
 * to value, every promise and how it ended, every checkpoint and how late it was — and the plan
 * records the hand-over. Once only: a plan handed over already is left as it is.
 */
@Service
public class HandingOverToRetention {

  private final UnitOfWork<OnboardingPlan> planWork;
  private final CustomerRetention retention;
  private final Clock clock;

  public HandingOverToRetention(
      UnitOfWork<OnboardingPlan> planWork, CustomerRetention retention, Clock clock) {
    this.planWork = planWork;
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * Hands the customer over and marks the plan handed over; a customer retention does not know yet
   * is registered first.
   *
   * @throws io.baton.onboarding.domain.OnboardingPlanStateException before first value
   */
  public OnboardingPlan handOver(String dealId) {
    return planWork
        .change(
            dealId,
            plan -> {
              if (!plan.markHandedOver(clock.instant())) {
                return false;
              }
              handOver(plan);
              return true;
            })
        .value();
  }

  /**
   * Sends the hand-over of a customer handed over already again, with what the plan knows now (its
   * lineage): retention takes a repeated hand-over as the same one. A customer retention does not
   * know is registered first, as on the first hand-over.
   *
   * @throws io.baton.onboarding.domain.OnboardingPlanStateException before the hand-over
   */
  public void sendAgain(OnboardingPlan plan) {
    if (!plan.isHandedOver()) {
      throw new OnboardingPlanStateException(
          "The customer of deal " + plan.dealId() + " was not handed to retention yet");
    }
    handOver(plan);
  }

  private void handOver(OnboardingPlan plan) {
    try {
      retention.handOver(plan);
    } catch (RetentionCustomerUnknownException e) {
      retention.registerCustomer(plan);
      retention.handOver(plan);
    }
  }
}
