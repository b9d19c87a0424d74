package io.baton.onboarding.domain;

/**
 * A change the plan does not allow in its current state: completing a checkpoint twice with
 * different evidence, out of the order its template enforces, confirming a missed promise, …
 */
public class OnboardingPlanStateException extends RuntimeException {

  public OnboardingPlanStateException(String message) {
    super(message);
  }
}
