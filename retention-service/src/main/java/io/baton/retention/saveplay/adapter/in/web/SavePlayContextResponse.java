package io.baton.retention.saveplay.adapter.in.web;

import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.adapter.in.web.HealthJson;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.saveplay.application.SavePlayContext;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The context of the "run save play" form, as the API shows it. */
record SavePlayContextResponse(
    String interventionId,
    String customerId,
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    LocalDate renewalDate,
    Lifecycle lifecycle,
    HealthJson health,
    List<HealthChange> recentChanges,
    Instant firstValueAt,
    Integer timeToValueDays,
    List<Handover.PromiseStatus> promises,
    List<Handover.CheckpointRecord> onboardingHistory,
    List<SavePlayTrigger> triggers,
    List<RiskReason> riskReasons,
    PlayDecision decision,
    List<SponsorEscalation> escalations) {

  static SavePlayContextResponse of(SavePlayContext context) {
    return new SavePlayContextResponse(
        context.interventionId(),
        context.customerId(),
        context.customerName(),
        context.segment(),
        context.accountManager(),
        context.arr(),
        context.renewalDate(),
        context.lifecycle(),
        HealthJson.of(context.health()),
        context.recentChanges(),
        context.firstValueAt(),
        context.timeToValueDays(),
        context.promises(),
        context.onboardingHistory(),
        context.triggers(),
        context.riskReasons(),
        context.decision(),
        context.escalations());
  }
}
