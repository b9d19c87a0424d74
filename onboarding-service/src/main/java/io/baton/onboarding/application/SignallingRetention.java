package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlanStateException;
import io.baton.onboarding.domain.Promise;
import io.baton.onboarding.domain.PromiseStatus;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;

/**
 * The first sign of trouble reaches retention at once: slips, blockers and missed promises go to
 * retention-service as health signals with stable ids. A customer retention does not know yet is
 * registered first, then the signal is sent again.
 */
@Service
public class SignallingRetention {

  private final OnboardingQueries queries;
  private final CustomerRetention retention;
  private final Clock clock;

  public SignallingRetention(OnboardingQueries queries, CustomerRetention retention, Clock clock) {
    this.queries = queries;
    this.retention = retention;
    this.clock = clock;
  }

  /** Registers the deal's customer with retention (or updates it). */
  public void registerCustomer(String dealId) {
    retention.registerCustomer(queries.get(dealId));
  }

  /**
   * Signals that the checkpoint slipped; it must have been marked behind.
   *
   * @return true when retention recorded it now, false when it had it already
   */
  public boolean signalSlip(String dealId, String checkpointId) {
    OnboardingPlan plan = queries.get(dealId);
    Checkpoint checkpoint = PlanParts.requireCheckpoint(plan, checkpointId);
    if (checkpoint.behindSince() == null) {
      throw new OnboardingPlanStateException(
          "Checkpoint " + checkpointId + " of deal " + dealId + " was never behind");
    }
    OnboardingSlipSignal signal = OnboardingSlipSignal.ofSlip(plan, checkpoint, clock.instant());
    return sendRegistering(plan, () -> retention.sendSlipSignal(signal));
  }

  /**
   * Signals a blocker reported on the plan.
   *
   * @return true when retention recorded it now, false when it had it already
   */
  public boolean signalBlocker(String dealId, String blockerId) {
    OnboardingPlan plan = queries.get(dealId);
    Blocker blocker =
        plan.blocker(blockerId)
            .orElseThrow(() -> new NotFoundException("Blocker", blockerId + " of deal " + dealId));
    Checkpoint checkpoint = PlanParts.requireCheckpoint(plan, blocker.checkpointId());
    OnboardingSlipSignal signal =
        OnboardingSlipSignal.ofBlocker(plan, blocker, checkpoint, clock.instant());
    return sendRegistering(plan, () -> retention.sendSlipSignal(signal));
  }

  /**
   * Signals a promise flagged as missed.
   *
   * @return true when retention recorded it now, false when it had it already
   */
  public boolean signalPromiseMissed(String dealId, String promiseId) {
    OnboardingPlan plan = queries.get(dealId);
    Promise promise = PlanParts.requirePromise(plan, promiseId);
    if (promise.status() != PromiseStatus.MISSED) {
      throw new OnboardingPlanStateException(
          "Promise " + promiseId + " of deal " + dealId + " was not flagged as missed");
    }
    PromiseMissedSignal signal = PromiseMissedSignal.of(plan, promise);
    return sendRegistering(plan, () -> retention.sendPromiseMissedSignal(signal));
  }

  private boolean sendRegistering(OnboardingPlan plan, BooleanSupplier send) {
    try {
      return send.getAsBoolean();
    } catch (RetentionCustomerUnknownException e) {
      retention.registerCustomer(plan);
      return send.getAsBoolean();
    }
  }
}
