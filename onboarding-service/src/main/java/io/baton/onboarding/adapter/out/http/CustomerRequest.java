package io.baton.onboarding.adapter.out.http;

import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code PUT /api/customers/{customerId}}: who the customer is and what they pay, and
 * where they came from — the acquisition and handoff keys of the lineage (left out when the plan
 * has none, as is every key nobody knows).
 */
record CustomerRequest(
    String customerName,
    String segment,
    String accountManager,
    BigDecimal arr,
    LocalDate contractDate,
    LocalDate renewalDate,
    Lineage lineage) {

  static CustomerRequest of(OnboardingPlan plan) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    return new CustomerRequest(
        s.customerName(),
        s.segment(),
        s.accountManager(),
        s.arr(),
        s.contractDate(),
        s.renewalDate(),
        plan.lineage()
            .map(Lineage::acquisitionAndHandoff)
            .filter(known -> !known.equals(Lineage.unknown()))
            .orElse(null));
  }
}
