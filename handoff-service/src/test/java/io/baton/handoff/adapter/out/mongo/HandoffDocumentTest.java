package io.baton.handoff.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.baton.testsupport.DocumentRoundTrip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  @Test
  void aHandoffWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    Handoff.Snapshot snapshot =
        new Handoff.Snapshot(
            new WonDeal(
                "deal-1",
                "lead-1",
                "ACME",
                "sam",
                new BigDecimal("48000.50"),
                LocalDate.parse("2026-11-01")),
            AT,
            HandoffStatus.ACCEPTED,
            2251799813685249L,
            AT.plusSeconds(1),
            new LeadContext(
                "lead-1",
                true,
                "webinar",
                "q4-launch",
                "demo-request",
                "enterprise-fast-track",
                "priority",
                "rita",
                AT.minusSeconds(7200),
                AT.minusSeconds(7000),
                AT.minusSeconds(6900),
                List.of(
                    new LeadContext.FollowUpAttempt(
                        "phone", "reached", "wants a demo", AT.plusSeconds(2))),
                List.of("budget approved"),
                AT.plusSeconds(3)),
            new Brief(
                List.of(new Brief.Promise("SSO in week 2", "alex", LocalDate.parse("2026-11-20"))),
                List.of(new Brief.Stakeholder("Dana", Brief.ECONOMIC_BUYER, "dana@acme.example")),
                List.of(new Brief.SuccessCriterion("tickets per week", "120", "60")),
                "legacy data export",
                "custom reporting",
                LocalDate.parse("2026-12-15")),
            AT.plusSeconds(4),
            AT.plusSeconds(5),
            "amy",
            "amy",
            "clear brief",
            AT.plusSeconds(6),
            List.of(new Return(1, "who signs off?", AT.plusSeconds(7))),
            List.of(new Escalation("brief", 1, AT.plusSeconds(8))),
            List.of(new StatusChange(HandoffStatus.AWAITING_BRIEF, AT.plusSeconds(9))),
            List.of(
                new OutboxMessage(
                    "message-1",
                    "handoff-accepted",
                    "deal-1",
                    Map.of("dealId", "deal-1"),
                    AT.plusSeconds(10),
                    AT.plusSeconds(11))),
            List.of(
                new Notification(
                    "deal-1/handoff-accepted",
                    "handoff-accepted",
                    List.of("user:sam"),
                    Map.of("dealId", "deal-1", "customerName", "ACME"),
                    "/console/#/journey/deal-1",
                    AT.plusSeconds(12),
                    AT.plusSeconds(13))),
            3L);
    DocumentRoundTrip.assertEveryFieldSet(snapshot);

    HandoffDocument stored =
        DocumentRoundTrip.throughBson(HandoffDocument.of(Handoff.restore(snapshot)));

    assertThat(stored.toHandoff().snapshot()).isEqualTo(snapshot);
  }
}
