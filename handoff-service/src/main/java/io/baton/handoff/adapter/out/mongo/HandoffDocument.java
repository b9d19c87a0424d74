package io.baton.handoff.adapter.out.mongo;

import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.HandoffEvents.Escalation;
import io.baton.handoff.domain.HandoffEvents.Return;
import io.baton.handoff.domain.HandoffEvents.StatusChange;
import io.baton.handoff.domain.HandoffStatus;
import io.baton.handoff.domain.LeadContext;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A handoff as stored: one document per deal, with its context, brief, history, outbox and
 * notifications.
 */
@Document(HandoffDocument.COLLECTION)
record HandoffDocument(
    @Id String dealId,
    String leadId,
    String customerName,
    @Indexed String salesOwner,
    @Field(targetType = FieldType.DECIMAL128) BigDecimal arr,
    LocalDate closeDate,
    @Indexed Instant wonAt,
    @Indexed HandoffStatus status,
    Long processInstanceKey,
    Instant briefDueAt,
    LeadContext context,
    Brief brief,
    Instant briefCompletedAt,
    Instant acceptanceDueAt,
    String decidedBy,
    @Indexed String accountManager,
    String acceptanceNote,
    Instant acceptedAt,
    List<Return> returns,
    List<Escalation> escalations,
    List<StatusChange> history,
    List<OutboxMessage> outbox,
    List<Notification> notifications,
    @Version Long version) {

  /**
   * The collection of handoffs, one document per deal, each with its outbox ({@code
   * baton.outbox.collections}) and notifications ({@code baton.notifications.collections}).
   */
  static final String COLLECTION = "handoffs";

  static HandoffDocument of(Handoff handoff) {
    Handoff.Snapshot s = handoff.snapshot();
    WonDeal deal = s.deal();
    return new HandoffDocument(
        deal.dealId(),
        deal.leadId(),
        deal.customerName(),
        deal.salesOwner(),
        deal.arr(),
        deal.closeDate(),
        s.wonAt(),
        s.status(),
        s.processInstanceKey(),
        s.briefDueAt(),
        s.context(),
        s.brief(),
        s.briefCompletedAt(),
        s.acceptanceDueAt(),
        s.decidedBy(),
        s.accountManager(),
        s.acceptanceNote(),
        s.acceptedAt(),
        s.returns(),
        s.escalations(),
        s.history(),
        s.outbox(),
        s.notifications(),
        s.version());
  }

  Handoff toHandoff() {
    return Handoff.restore(
        new Handoff.Snapshot(
            new WonDeal(dealId, leadId, customerName, salesOwner, arr, closeDate),
            wonAt,
            status,
            processInstanceKey,
            briefDueAt,
            context,
            brief,
            briefCompletedAt,
            acceptanceDueAt,
            decidedBy,
            accountManager,
            acceptanceNote,
            acceptedAt,
            returns,
            escalations,
            history,
            outbox,
            notifications,
            version));
  }
}
