package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.domain.Lineage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a customer came from, as the services before retention know it (the keys of the revenue
 * contract); every key optional, unknown keys ignored. A key of the wrong type is refused, named as
 * {@code lineage.<key>}. {@code hoursToAccept} is kept to one decimal.
 */
record LineageRequest(
    @Size(max = 100) String leadId,
    @Size(max = 200) String campaign,
    @Size(max = 100) String sourceChannel,
    @Size(max = 100) String interest,
    @Size(max = 100) String leadPlay,
    @Size(max = 100) String slaTier,
    @Size(max = 100) String salesOwner,
    Instant leadReceivedAt,
    Instant firstContactAt,
    @Min(0) Integer minutesToFirstContact,
    Boolean firstContactWithinSla,
    Instant dealWonAt,
    @Min(0) @Max(1000) Integer handoffReturns,
    Instant acceptedAt,
    @DecimalMin("0") @Max(1_000_000) BigDecimal hoursToAccept,
    @Size(max = 100) String acceptingAccountManager,
    @Size(max = 100) String segment,
    @Min(0) @Max(3650) Integer daysToValue,
    Boolean firstValueLate,
    @Min(0) @Max(1000) Integer promisesMissed) {

  static Lineage toLineage(LineageRequest request) {
    return request == null
        ? null
        : new Lineage(
            request.leadId,
            request.campaign,
            request.sourceChannel,
            request.interest,
            request.leadPlay,
            request.slaTier,
            request.salesOwner,
            request.leadReceivedAt,
            request.firstContactAt,
            request.minutesToFirstContact,
            request.firstContactWithinSla,
            request.dealWonAt,
            request.handoffReturns,
            request.acceptedAt,
            request.hoursToAccept,
            request.acceptingAccountManager,
            request.segment,
            request.daysToValue,
            request.firstValueLate,
            request.promisesMissed);
  }
}
