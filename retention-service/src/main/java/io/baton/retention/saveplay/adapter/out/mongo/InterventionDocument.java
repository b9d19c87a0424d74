package io.baton.retention.saveplay.adapter.out.mongo;

import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.InterventionStatus;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An intervention as stored, with its outbox. {@code activeCustomerId} is the customer's id while
 * the intervention is active and absent once it is closed: its unique sparse index lets a customer
 * have one active intervention at most, whatever requests race. {@code play} is derived, for the
 * revenue figures. {@code updatedAt} is when the document was last written (indexed: the revenue
 * read model takes in the interventions changed since it last looked); documents written before it
 * was kept lack it, and are taken in by the read model's first load.
 */
@Document(InterventionDocument.COLLECTION)
@CompoundIndexes({
  @CompoundIndex(name = "status_started", def = "{'status': 1, 'startedAt': -1}"),
  @CompoundIndex(name = "trigger_id", def = "{'triggers.triggerId': 1}")
})
public record InterventionDocument(
    @Id String interventionId,
    @Indexed String customerId,
    @Indexed(unique = true, sparse = true) String activeCustomerId,
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
    String workedBy,
    InterventionOutcome outcome,
    String play,
    Instant startedAt,
    Instant closedAt,
    List<OutboxMessage> outbox,
    List<Notification> notifications,
    @Indexed Instant updatedAt,
    @Version Long version) {

  /** Interventions, each with its outbox ({@code baton.outbox.collections}). */
  public static final String COLLECTION = "interventions";

  /**
   * The intervention as written at {@code now} (public: the benchmarks seed save plays exactly so).
   */
  public static InterventionDocument of(Intervention intervention, Instant now) {
    Intervention.Snapshot s = intervention.snapshot();
    return new InterventionDocument(
        s.interventionId(),
        s.customerId(),
        intervention.isActive() ? s.customerId() : null,
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
        s.workedBy(),
        s.outcome(),
        intervention.play(),
        s.startedAt(),
        s.closedAt(),
        s.outbox(),
        s.notifications(),
        now,
        s.version());
  }

  Intervention toIntervention() {
    return Intervention.restore(
        new Intervention.Snapshot(
            interventionId,
            customerId,
            customerName,
            segment,
            arrAtStart,
            healthScore,
            band,
            renewalDate,
            status,
            riskReasons,
            triggers,
            decision,
            escalations,
            workedBy,
            outcome,
            startedAt,
            closedAt,
            outbox,
            notifications,
            version));
  }
}
