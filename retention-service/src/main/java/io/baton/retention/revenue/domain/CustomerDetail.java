package io.baton.retention.revenue.domain;

import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer behind a row of the figures, as the drill-down shows it: who, when it closed, its ARR
 * then and now, its health band ({@code green}, {@code yellow}, {@code red}) and lifecycle, the day
 * it was lost ({@code churnedOn}, {@link Churn}; null when it was not), and where it came from.
 */
public record CustomerDetail(
    String customerId,
    String customerName,
    LocalDate contractDate,
    BigDecimal startingArr,
    BigDecimal arr,
    String band,
    Lifecycle lifecycle,
    LocalDate churnedOn,
    Lineage lineage) {}
