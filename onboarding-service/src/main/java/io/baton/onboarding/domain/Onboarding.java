package io.baton.onboarding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The onboarding of one customer, started when an account manager accepted the handoff of the
 * deal, with what sales promised and how the customer measures success. One per deal.
 */
public record Onboarding(
    String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    List<Promise> promises,
    List<SuccessCriterion> successCriteria,
    LocalDate desiredGoLiveDate,
    long processInstanceKey,
    Instant startedAt) {

  public Onboarding {
    promises = promises == null ? List.of() : List.copyOf(promises);
    successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
  }

  /** Something sales promised the customer, who delivers it and by when. */
  public record Promise(String text, String owner, LocalDate dueDate) {}

  /** How the customer measures success: where they start and where they want to be. */
  public record SuccessCriterion(String metric, String baseline, String target) {}
}
