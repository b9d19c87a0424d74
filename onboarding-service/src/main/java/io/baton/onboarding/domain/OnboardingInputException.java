package io.baton.onboarding.domain;

/**
 * A command whose field is wrong for this plan, e.g. a blocker on a checkpoint the plan does not
 * have.
 */
public class OnboardingInputException extends RuntimeException {

  private final String field;

  public OnboardingInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
