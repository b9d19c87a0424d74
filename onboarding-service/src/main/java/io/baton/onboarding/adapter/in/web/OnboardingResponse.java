package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.domain.Onboarding;
import java.time.Instant;

/** An onboarding as the API shows it. */
record OnboardingResponse(
    String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    String processInstanceKey,
    Instant startedAt) {

  static OnboardingResponse of(Onboarding onboarding) {
    return new OnboardingResponse(
        onboarding.dealId(),
        onboarding.customerName(),
        onboarding.accountManager(),
        onboarding.handoffNote(),
        String.valueOf(onboarding.processInstanceKey()),
        onboarding.startedAt());
  }
}
