package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;
import java.util.Optional;

/**
 * The outcome a rep picks in the qualification form, as the form sends it: qualified, or
 * disqualified or nurture with a reason from the taxonomy. A conversion is never picked in the
 * form: it comes with its won deal, from the CRM.
 */
public record OutcomeForm(String outcome, String reason) {

  /** The outcome picked; empty when none or one a rep cannot pick. */
  public Optional<OutcomeType> outcomeType() {
    return KebabCase.fromCode(OutcomeType.class, outcome)
        .filter(type -> type != OutcomeType.CONVERTED);
  }

  /** The reason picked; empty when none or one outside the taxonomy. */
  public Optional<LossReason> lossReason() {
    return KebabCase.fromCode(LossReason.class, reason);
  }

  /** What the rep still has to pick before the form may be completed; empty when nothing. */
  public Optional<String> missing() {
    Optional<OutcomeType> type = outcomeType();
    if (type.isEmpty()) {
      return Optional.of("Please pick the outcome: qualified, disqualified or nurture.");
    }
    if (type.get().needsReason() && lossReason().isEmpty()) {
      return Optional.of("Please pick why the lead is " + type.get().code() + ".");
    }
    return Optional.empty();
  }
}
