package io.baton.retention.saveplay.adapter.in.web;

import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.retention.shared.adapter.in.web.RetentionIds;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The outcome of a save play: {@code arrAfter} is the customer's ARR from the decision on (a save
 * defaults to the ARR before, churn is 0, a downgrade must name it); {@code play} defaults to the
 * play decided; {@code decidedAt} is when the customer decided (for importing history; defaults to
 * now). Who worked it is the signed-in user; {@code workedBy}, if given, must name them.
 */
record OutcomeRequest(
    @NotNull Outcome outcome,
    @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal arrAfter,
    @Size(max = 100) String workedBy,
    @Size(max = 100)
        @Pattern(regexp = RetentionIds.KEBAB_CASE, message = "must be a kebab-case play type")
        String play,
    @Size(max = 4000) String notes,
    @PastOrPresent Instant decidedAt) {

  /** The outcome as {@code workedBy}, the signed-in user who worked the save play. */
  OutcomeReport toReport(String workedBy) {
    return new OutcomeReport(outcome, arrAfter, workedBy, play, notes, decidedAt);
  }
}
