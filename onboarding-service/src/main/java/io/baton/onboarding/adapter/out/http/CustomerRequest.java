package io.baton.onboarding.adapter.out.http;

import io.baton.onboarding.domain.OnboardingPlan;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code PUT /api/customers/{customerId}}: who the customer is and what they pay. */
record CustomerRequest(
    String customerName,
    String segment,
    String accountManager,
    BigDecimal arr,
    LocalDate contractDate,
    LocalDate renewalDate) {

  static CustomerRequest of(OnboardingPlan plan) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    return new CustomerRequest(
        s.customerName(),
        s.segment(),
        s.accountManager(),
        s.arr(),
        s.contractDate(),
        s.renewalDate());
  }
}
