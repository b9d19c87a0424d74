package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.revenue.application.CustomerPage;
import io.baton.retention.revenue.application.RevenueAnswer;
import io.baton.retention.revenue.domain.Basis;
import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.Dimension;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the customers behind a row of the figures (the row of {@code value}; without it, every
 * customer of the period), closed in the period or lost in it ({@code basis}), the most recently
 * closed (lost) first; chosen as of {@code asOf}, shown as stored now.
 */
record RevenueCustomersResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Dimension dimension,
    String value,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Basis basis,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant asOf,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long totalCustomers,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CustomerDetail> customers) {

  static RevenueCustomersResponse of(
      RevenueRequest.Drill drill, RevenueAnswer<CustomerPage> answer) {
    CustomerPage page = answer.answer();
    return new RevenueCustomersResponse(
        drill.selection().dimension(),
        drill.selection().rows().all() ? null : drill.selection().rows().value(),
        drill.selection().basis(),
        drill.selection().period().from(),
        drill.selection().period().to(),
        answer.asOf(),
        page.page(),
        page.size(),
        page.totalCustomers(),
        page.customers());
  }
}
