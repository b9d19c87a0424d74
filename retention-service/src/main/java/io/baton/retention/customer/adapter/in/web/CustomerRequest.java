package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's profile as onboarding registers it; {@code renewalDate} defaults to a year after the
 * contract. {@code lineage} (optional) says where the customer came from: the lead's and the
 * handoff's parts.
 */
record CustomerRequest(
    @NotBlank @Size(max = 200) String customerName,
    @NotNull Segment segment,
    @NotBlank @Size(max = 100) String accountManager,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
        BigDecimal arr,
    @NotNull LocalDate contractDate,
    LocalDate renewalDate,
    @Valid LineageRequest lineage) {

  CustomerProfile toProfile() {
    return new CustomerProfile(
        customerName, segment, accountManager, arr, contractDate, renewalDate);
  }

  Lineage toLineage() {
    return LineageRequest.toLineage(lineage);
  }
}
