package io.baton.onboarding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an accepted handoff hands to onboarding: the customer, their new account manager, the
 * contract (ARR, close date), and the brief's promises, success criteria and desired go-live date.
 * {@code handoffProcessInstanceKey} is the handoff process instance that accepted it, if known;
 * {@code lineage} where the customer came from and how the handoff went, as handoff-service handed
 * it on (null when the handoff handed on none).
 */
public record AcceptedHandoff(
    String dealId,
    String customerName,
    String accountManager,
    String handoffNote,
    BigDecimal arr,
    LocalDate contractDate,
    LocalDate desiredGoLiveDate,
    List<PromiseMade> promises,
    List<SuccessCriterion> successCriteria,
    Long handoffProcessInstanceKey,
    Lineage lineage) {

  public AcceptedHandoff {
    require(dealId, "dealId");
    require(customerName, "customerName");
    require(accountManager, "accountManager");
    if (arr == null || arr.signum() < 0) {
      throw new IllegalArgumentException(
          "The accepted handoff of deal " + dealId + " needs an arr of zero or more");
    }
    if (contractDate == null) {
      throw new IllegalArgumentException(
          "The accepted handoff of deal " + dealId + " needs its contract date (closeDate)");
    }
    promises = promises == null ? List.of() : List.copyOf(promises);
    successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An accepted handoff needs its " + name);
    }
  }

  /** A promise as the brief states it. */
  public record PromiseMade(String text, String owner, LocalDate dueDate) {}
}
