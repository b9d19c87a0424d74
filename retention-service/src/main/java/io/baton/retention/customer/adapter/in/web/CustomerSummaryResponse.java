package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.domain.CustomerSummary;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.adapter.in.web.HealthJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer in a list. */
record CustomerSummaryResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerId,
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    Lifecycle lifecycle,
    LocalDate renewalDate,
    HealthJson health) {

  static CustomerSummaryResponse of(CustomerSummary summary) {
    return new CustomerSummaryResponse(
        summary.customerId(),
        summary.customerName(),
        summary.segment(),
        summary.accountManager(),
        summary.arr(),
        summary.lifecycle(),
        summary.renewalDate(),
        HealthJson.of(summary.health()));
  }
}
