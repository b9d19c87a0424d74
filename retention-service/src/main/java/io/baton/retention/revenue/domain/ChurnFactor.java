package io.baton.retention.revenue.domain;

import io.baton.support.vocabulary.KebabCase;
import java.util.function.Function;

/**
 * Something that happened on the way to the customer that may foretell its churn; each customer
 * either had it, had not, or it is not known (then the customer is in neither cohort).
 */
public enum ChurnFactor implements KebabCase {
  /** The account manager returned the handoff brief with questions at least once. */
  BRIEF_RETURNED(facts -> facts.handoffReturns() == null ? null : facts.handoffReturns() > 0),
  /** First value came after its due date. */
  FIRST_VALUE_LATE(CustomerFacts::firstValueLate),
  /** At least one promise of the sale was missed by first value. */
  PROMISE_MISSED(facts -> facts.promisesMissed() == null ? null : facts.promisesMissed() > 0),
  /** The lead's first contact came later than its SLA tier's target. */
  FIRST_CONTACT_OUTSIDE_SLA(
      facts -> facts.firstContactWithinSla() == null ? null : !facts.firstContactWithinSla());

  private final Function<CustomerFacts, Boolean> had;

  ChurnFactor(Function<CustomerFacts, Boolean> had) {
    this.had = had;
  }

  /** Whether the customer had it; null when that is not known. */
  public Boolean had(CustomerFacts facts) {
    return had.apply(facts);
  }
}
