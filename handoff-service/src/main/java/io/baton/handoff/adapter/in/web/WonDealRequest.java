package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.WonDeal;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A won deal as the CRM reports it. */
record WonDealRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
        String dealId,
    @NotBlank @Size(max = 200) String customerName,
    @NotBlank @Size(max = 100) String salesOwner,
    @NotNull @DecimalMin("0") BigDecimal arr,
    @NotNull @PastOrPresent LocalDate closeDate) {

  WonDeal toWonDeal() {
    return new WonDeal(dealId, customerName, salesOwner, arr, closeDate);
  }
}
