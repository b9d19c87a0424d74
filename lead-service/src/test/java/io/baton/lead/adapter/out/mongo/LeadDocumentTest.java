package io.baton.lead.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.lead.domain.Assignment;
import io.baton.lead.domain.AssignmentReason;
import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.ConvertedDeal;
import io.baton.lead.domain.Escalation;
import io.baton.lead.domain.EscalationStage;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadStatus;
import io.baton.lead.domain.LeadSubmission;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.Outcome;
import io.baton.lead.domain.OutcomeType;
import io.baton.lead.domain.PlayDecision;
import io.baton.lead.domain.Source;
import io.baton.lead.domain.SourceChannel;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.testsupport.DocumentRoundTrip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  @Test
  void aLeadWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    Lead.Snapshot snapshot =
        new Lead.Snapshot(
            "lead-1",
            new LeadSubmission(
                "crm-42",
                new Company("ACME", 250),
                new Contact("Dana", "dana@acme.example", "+1 555 0100", "COO"),
                new Source(SourceChannel.WEBINAR, "q4-launch"),
                Interest.DEMO_REQUEST,
                "replace the helpdesk",
                AT),
            AT,
            "correlation-1",
            "dana@acme.example",
            LeadStatus.CONVERTED,
            new PlayDecision(
                "decision-1",
                Map.of("companySize", 250),
                "enterprise-fast-track",
                "gold",
                "lead with the ROI story",
                "book a demo",
                "large company asking for a demo",
                AT.plusSeconds(1)),
            AT.plusSeconds(2),
            2251799813685249L,
            List.of(
                new Assignment(
                    "sam", "sales-gold", AssignmentReason.ROUND_ROBIN, AT.plusSeconds(3))),
            List.of(
                new Attempt(
                    AttemptChannel.CALL,
                    AttemptOutcome.MEETING_BOOKED,
                    "demo on Friday",
                    AT.plusSeconds(4),
                    "call-7")),
            List.of(
                new Escalation(
                    EscalationStage.OWNER_NOTIFIED, AT.plusSeconds(5), "first contact due")),
            AT.plusSeconds(6),
            new Outcome(
                OutcomeType.CONVERTED,
                LossReason.COMPETITOR,
                "won against the incumbent",
                new ConvertedDeal(
                    "deal-1",
                    new BigDecimal("48000.50"),
                    LocalDate.parse("2026-11-01"),
                    "ACME",
                    "sam"),
                "sam",
                AT.plusSeconds(7)),
            List.of(
                new OutboxMessage(
                    "message-1",
                    "deal-won",
                    "deal-1",
                    Map.of("dealId", "deal-1"),
                    AT.plusSeconds(8),
                    AT.plusSeconds(9))),
            List.of(
                new Notification(
                    "lead-1/first-contact-due",
                    "first-contact-due",
                    List.of("user:sam"),
                    Map.of("companyName", "ACME"),
                    "/leads/lead-1",
                    AT.plusSeconds(10),
                    AT.plusSeconds(11))),
            3L);
    DocumentRoundTrip.assertEveryFieldSet(snapshot);

    LeadDocument stored = DocumentRoundTrip.throughBson(LeadDocument.of(Lead.restore(snapshot)));

    assertThat(stored.toLead().snapshot()).isEqualTo(snapshot);
  }
}
