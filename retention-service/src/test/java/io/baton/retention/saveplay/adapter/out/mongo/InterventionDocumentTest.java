package io.baton.retention.saveplay.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.InterventionStatus;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.baton.retention.shared.adapter.out.mongo.MongoConfiguration;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.testsupport.DocumentRoundTrip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterventionDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  @Test
  void anInterventionWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    Intervention.Snapshot snapshot =
        new Intervention.Snapshot(
            "intervention-1",
            "customer-1",
            "ACME",
            Segment.ENTERPRISE,
            new BigDecimal("48000.50"),
            38,
            Band.RED,
            LocalDate.parse("2027-11-01"),
            InterventionStatus.CLOSED,
            List.of(RiskReason.HEALTH_RED, RiskReason.CHAMPION_LEFT),
            List.of(
                new SavePlayTrigger(
                    "health-red:customer-1:1793610900000",
                    TriggerSource.HEALTH,
                    "health-red",
                    "health-score",
                    "SUP-4711",
                    AT)),
            new PlayDecision(
                "executive-business-review",
                "Executive business review",
                "amy",
                Map.of(
                    "segment",
                    "enterprise",
                    "arr",
                    48000.5,
                    "healthScore",
                    38,
                    "riskReasons",
                    List.of("health-red", "champion-left")),
                AT.plusSeconds(1)),
            List.of(
                new SponsorEscalation("vp-customer-success", "ARR above 40000", AT.plusSeconds(2))),
            "amy",
            new InterventionOutcome(
                Outcome.DOWNGRADED,
                new BigDecimal("48000.50"),
                new BigDecimal("36000.25"),
                new BigDecimal("36000.25"),
                new BigDecimal("12000.25"),
                "amy",
                "executive-business-review",
                "kept the core seats, dropped the analytics add-on",
                AT.plusSeconds(3)),
            AT.plusSeconds(4),
            AT.plusSeconds(5),
            List.of(
                new OutboxMessage(
                    "message-1",
                    "save-play-requested",
                    "customer-1",
                    Map.of("interventionId", "intervention-1"),
                    AT.plusSeconds(6),
                    AT.plusSeconds(7))),
            List.of(
                new Notification(
                    "I-1/save-play-started",
                    "save-play-started",
                    List.of("user:amy", "team:cs-leaders"),
                    Map.of("customerId", "deal-1"),
                    "/console/#/save-play/deal-1",
                    AT.plusSeconds(8),
                    AT.plusSeconds(9))),
            3L);
    DocumentRoundTrip.assertEveryFieldSet(snapshot);

    InterventionDocument written = InterventionDocument.of(Intervention.restore(snapshot), AT);

    InterventionDocument stored =
        DocumentRoundTrip.throughBson(written, new MongoConfiguration().mongoCustomConversions());

    assertThat(stored.toIntervention().snapshot()).isEqualTo(snapshot);
    assertThat(stored.updatedAt()).isEqualTo(AT);
  }
}
