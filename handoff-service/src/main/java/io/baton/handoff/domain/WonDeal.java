package io.baton.handoff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal sales has won: what the handoff starts from. The lead it came from may be unknown. */
public record WonDeal(
    String dealId,
    String leadId,
    String customerName,
    String salesOwner,
    BigDecimal arr,
    LocalDate closeDate) {}
