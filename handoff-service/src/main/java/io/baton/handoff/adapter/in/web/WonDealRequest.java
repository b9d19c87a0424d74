package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.WonDeal;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A won deal as the CRM reports it; {@code leadId} names the lead it came from, if known. */
record WonDealRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String dealId,
    @Size(max = 64) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String leadId,
    @NotBlank @Size(max = 200) String customerName,
    @NotBlank @Size(max = 100) String salesOwner,
    @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal arr,
    @NotNull @PastOrPresent LocalDate closeDate) {

  static final String ID_PATTERN = "[A-Za-z0-9._-]+";
  static final String ID_MESSAGE = "may contain only letters, digits, '.', '_' and '-'";

  WonDeal toWonDeal() {
    return new WonDeal(dealId, leadId, customerName, salesOwner, arr, closeDate);
  }
}
