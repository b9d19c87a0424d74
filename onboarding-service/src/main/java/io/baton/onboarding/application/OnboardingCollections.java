package io.baton.onboarding.application;

/** The MongoDB collections onboarding-service owns. */
public final class OnboardingCollections {

  /** One onboarding plan per deal, with its outbox ({@code baton.outbox.collections}). */
  public static final String PLANS = "onboardings";

  private OnboardingCollections() {}
}
