package io.baton.lead.adapter.in.web;

import io.baton.lead.domain.ConvertedDeal;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.OutcomeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lead's outcome as a rep or the CRM reports it: {@code reason} is required for disqualified and
 * nurture, {@code deal} for converted. Who recorded it is the signed-in user; {@code recordedBy},
 * if given, must name them.
 */
record OutcomeRequest(
    @NotNull OutcomeType outcome,
    LossReason reason,
    @Size(max = 4000) String notes,
    @Valid DealRequest deal,
    @Size(max = 200) String recordedBy) {

  ConvertedDeal convertedDeal(String companyName, String owner) {
    if (deal == null) {
      return null;
    }
    return new ConvertedDeal(
        deal.dealId(),
        deal.arr(),
        deal.closeDate(),
        deal.customerName() == null ? companyName : deal.customerName(),
        deal.salesOwner() == null ? owner : deal.salesOwner());
  }

  /** The won deal; the customer defaults to the lead's company, the sales owner to its owner. */
  record DealRequest(
      @NotBlank @Size(max = 100) String dealId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
          BigDecimal arr,
      @NotNull @PastOrPresent LocalDate closeDate,
      @Size(max = 200) String customerName,
      @Size(max = 200) String salesOwner) {}
}
