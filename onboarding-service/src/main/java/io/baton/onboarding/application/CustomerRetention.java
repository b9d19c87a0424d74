package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;

/**
 * Where onboarding tells retention about its customers (retention-service): who they are, every
 * sign of trouble as a health signal, and the hand-over once the customer reached first value. The
 * customer id is the deal id. Every call is idempotent on retention's side.
 */
public interface CustomerRetention {

  /**
   * Registers the plan's customer with retention, or updates what retention knows of it.
   *
   * @throws RetentionUnavailableException when retention cannot answer now; the caller retries
   *     later
   */
  void registerCustomer(OnboardingPlan plan);

  /**
   * Sends a checkpoint slip or a blocker as an {@code onboarding-slip} signal.
   *
   * @return true when retention recorded it now, false when it had it already
   * @throws RetentionCustomerUnknownException when retention does not know the customer yet
   * @throws RetentionUnavailableException when retention cannot answer now; the caller retries
   *     later
   */
  boolean sendSlipSignal(OnboardingSlipSignal signal);

  /**
   * Sends a missed promise as a {@code promise-missed} signal.
   *
   * @return true when retention recorded it now, false when it had it already
   * @throws RetentionCustomerUnknownException when retention does not know the customer yet
   * @throws RetentionUnavailableException when retention cannot answer now; the caller retries
   *     later
   */
  boolean sendPromiseMissedSignal(PromiseMissedSignal signal);

  /**
   * Hands the customer over with first value, time to value, the promises and the checkpoints.
   *
   * @throws RetentionCustomerUnknownException when retention does not know the customer yet
   * @throws RetentionUnavailableException when retention cannot answer now; the caller retries
   *     later
   */
  void handOver(OnboardingPlan plan);
}
