package io.baton.retention.saveplay.adapter.in.web;

import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.InterventionStatus;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A save play as the API shows it: for whom, why, every request, the decision, escalations,
 * outcome.
 */
record InterventionResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interventionId,
    String customerId,
    String customerName,
    Segment segment,
    BigDecimal arrAtStart,
    int healthScore,
    Band band,
    LocalDate renewalDate,
    InterventionStatus status,
    List<RiskReason> riskReasons,
    List<SavePlayTrigger> triggers,
    PlayDecision decision,
    List<SponsorEscalation> escalations,
    InterventionOutcome outcome,
    String play,
    Instant startedAt,
    Instant closedAt,
    Long version) {

  static InterventionResponse of(Intervention intervention) {
    Intervention.Snapshot s = intervention.snapshot();
    return new InterventionResponse(
        s.interventionId(),
        s.customerId(),
        s.customerName(),
        s.segment(),
        s.arrAtStart(),
        s.healthScore(),
        s.band(),
        s.renewalDate(),
        s.status(),
        s.riskReasons(),
        s.triggers(),
        s.decision(),
        s.escalations(),
        s.outcome(),
        intervention.play(),
        s.startedAt(),
        s.closedAt(),
        s.version());
  }
}
