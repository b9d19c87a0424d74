package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.HandoffEvents.Escalation;
import io.baton.handoff.domain.HandoffEvents.Return;
import io.baton.handoff.domain.HandoffEvents.StatusChange;
import io.baton.handoff.domain.HandoffStatus;
import io.baton.handoff.domain.LeadContext;
import io.baton.handoff.domain.Lineage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handoff with its whole context, as the API shows it. {@code lineage} is where the customer came
 * from and how the handoff went, as it travels on with the customer (keys nobody knows left out).
 */
record HandoffResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String dealId,
    String leadId,
    String customerName,
    String salesOwner,
    BigDecimal arr,
    LocalDate closeDate,
    HandoffStatus status,
    boolean overdue,
    Instant wonAt,
    Instant briefDueAt,
    Instant briefCompletedAt,
    Instant acceptanceDueAt,
    String accountManager,
    String acceptanceNote,
    Instant acceptedAt,
    Duration timeToBrief,
    Duration timeToAccept,
    int returnCount,
    LeadContext context,
    Lineage lineage,
    Brief brief,
    List<Return> returns,
    List<Escalation> escalations,
    List<StatusChange> history,
    String processInstanceKey) {

  static HandoffResponse of(Handoff handoff, Instant now) {
    Handoff.Snapshot s = handoff.snapshot();
    return new HandoffResponse(
        s.deal().dealId(),
        s.deal().leadId(),
        s.deal().customerName(),
        s.deal().salesOwner(),
        s.deal().arr(),
        s.deal().closeDate(),
        s.status(),
        handoff.isOverdue(now),
        s.wonAt(),
        s.briefDueAt(),
        s.briefCompletedAt(),
        s.acceptanceDueAt(),
        s.accountManager(),
        s.acceptanceNote(),
        s.acceptedAt(),
        handoff.timeToBrief().orElse(null),
        handoff.timeToAccept().orElse(null),
        s.returns().size(),
        s.context(),
        handoff.lineage(),
        s.brief(),
        s.returns(),
        s.escalations(),
        s.history(),
        s.processInstanceKey() == null ? null : String.valueOf(s.processInstanceKey()));
  }
}
