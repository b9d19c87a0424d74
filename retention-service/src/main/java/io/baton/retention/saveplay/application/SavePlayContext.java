package io.baton.retention.saveplay.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the person running a save play needs to see in the "run save play" form: the customer and
 * its renewal, its health with the latest reasons it changed (newest first), what onboarding handed
 * over (promises and checkpoints), every request for the play, the risks, the decision and the
 * escalations.
 */
public record SavePlayContext(
    String interventionId,
    String customerId,
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    LocalDate renewalDate,
    Lifecycle lifecycle,
    Health health,
    List<HealthChange> recentChanges,
    Instant firstValueAt,
    Integer timeToValueDays,
    List<Handover.PromiseStatus> promises,
    List<Handover.CheckpointRecord> onboardingHistory,
    List<SavePlayTrigger> triggers,
    List<RiskReason> riskReasons,
    PlayDecision decision,
    List<SponsorEscalation> escalations) {

  /** How many of the latest health changes the context shows. */
  static final int RECENT_CHANGES = 5;

  static SavePlayContext of(Intervention intervention, Customer customer) {
    Intervention.Snapshot play = intervention.snapshot();
    Customer.Snapshot c = customer.snapshot();
    List<HealthChange> history = c.healthHistory();
    Handover handover = c.handover();
    return new SavePlayContext(
        play.interventionId(),
        c.customerId(),
        c.profile().customerName(),
        c.profile().segment(),
        c.profile().accountManager(),
        c.profile().arr(),
        c.profile().renewalDate(),
        c.lifecycle(),
        c.health(),
        history.subList(Math.max(0, history.size() - RECENT_CHANGES), history.size()).reversed(),
        handover == null ? null : handover.firstValueAt(),
        handover == null ? null : handover.timeToValueDays(),
        handover == null ? List.of() : handover.promises(),
        handover == null ? List.of() : handover.onboardingHistory(),
        play.triggers(),
        play.riskReasons(),
        play.decision(),
        play.escalations());
  }
}
