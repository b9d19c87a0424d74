package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.domain.Onboarding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An onboarding as the API shows it. */
record OnboardingResponse(
    String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    List<Onboarding.Promise> promises,
    List<Onboarding.SuccessCriterion> successCriteria,
    LocalDate desiredGoLiveDate,
    String processInstanceKey,
    Instant startedAt) {

  static OnboardingResponse of(Onboarding onboarding) {
    return new OnboardingResponse(
        onboarding.dealId(),
        onboarding.customerName(),
        onboarding.accountManager(),
        onboarding.handoffNote(),
        onboarding.promises(),
        onboarding.successCriteria(),
        onboarding.desiredGoLiveDate(),
        String.valueOf(onboarding.processInstanceKey()),
        onboarding.startedAt());
  }
}
