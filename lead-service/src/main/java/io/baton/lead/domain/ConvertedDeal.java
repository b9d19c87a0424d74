package io.baton.lead.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The won deal a lead converted into: what the sale-to-implementation handoff starts from. */
public record ConvertedDeal(
    String dealId, BigDecimal arr, LocalDate closeDate, String customerName, String salesOwner) {}
