package io.baton.retention.customer.domain;

import io.baton.retention.health.domain.Health;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer in a list: who, how much ARR, when it renews and how healthy it is. */
public record CustomerSummary(
    String customerId,
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    Lifecycle lifecycle,
    LocalDate renewalDate,
    Health health) {}
