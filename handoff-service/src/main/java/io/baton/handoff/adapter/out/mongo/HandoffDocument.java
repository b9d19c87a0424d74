package io.baton.handoff.adapter.out.mongo;

import io.baton.handoff.application.HandoffCollections;
import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.HandoffStatus;
import io.baton.handoff.domain.WonDeal;
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

/** A handoff as stored: one document per deal, its outbox inside. */
@Document(HandoffCollections.HANDOFFS)
record HandoffDocument(
    @Id String dealId,
    String customerName,
    String salesOwner,
    @Field(targetType = FieldType.DECIMAL128) BigDecimal arr,
    LocalDate closeDate,
    @Indexed Instant wonAt,
    HandoffStatus status,
    Long processInstanceKey,
    Instant openedAt,
    String accountManager,
    String acceptanceNote,
    Instant acceptedAt,
    List<OutboxMessage> outbox,
    @Version Long version) {

  static HandoffDocument of(Handoff handoff) {
    WonDeal deal = handoff.deal();
    return new HandoffDocument(
        deal.dealId(),
        deal.customerName(),
        deal.salesOwner(),
        deal.arr(),
        deal.closeDate(),
        handoff.wonAt(),
        handoff.status(),
        handoff.processInstanceKey(),
        handoff.openedAt(),
        handoff.accountManager(),
        handoff.acceptanceNote(),
        handoff.acceptedAt(),
        handoff.outbox(),
        handoff.version());
  }

  Handoff toHandoff() {
    return Handoff.restore(
        new WonDeal(dealId, customerName, salesOwner, arr, closeDate),
        wonAt,
        status,
        processInstanceKey,
        openedAt,
        accountManager,
        acceptanceNote,
        acceptedAt,
        outbox == null ? List.of() : outbox,
        version);
  }
}
