package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.HandoffStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A handoff as the API shows it. */
record HandoffResponse(
    String dealId,
    String customerName,
    String salesOwner,
    BigDecimal arr,
    LocalDate closeDate,
    HandoffStatus status,
    Instant wonAt,
    Instant openedAt,
    String accountManager,
    String acceptanceNote,
    Instant acceptedAt,
    String processInstanceKey) {

  static HandoffResponse of(Handoff handoff) {
    return new HandoffResponse(
        handoff.dealId(),
        handoff.deal().customerName(),
        handoff.deal().salesOwner(),
        handoff.deal().arr(),
        handoff.deal().closeDate(),
        handoff.status(),
        handoff.wonAt(),
        handoff.openedAt(),
        handoff.accountManager(),
        handoff.acceptanceNote(),
        handoff.acceptedAt(),
        handoff.processInstanceKey() == null ? null : String.valueOf(handoff.processInstanceKey()));
  }
}
