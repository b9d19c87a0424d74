package io.baton.onboarding.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.CheckpointStatus;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import io.baton.onboarding.domain.PromiseStatus;
import io.baton.onboarding.domain.SuccessCriterion;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.testsupport.DocumentRoundTrip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingPlanDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  @Test
  void aPlanWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    OnboardingPlan.Snapshot snapshot =
        new OnboardingPlan.Snapshot(
            "deal-1",
            "ACME",
            "amy",
            "clear brief",
            "mid-market",
            new BigDecimal("48000.50"),
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2027-11-01"),
            AT,
            LocalDate.parse("2026-12-15"),
            List.of(
                new Checkpoint(
                    "kickoff",
                    "Kick-off",
                    true,
                    CheckpointStatus.BEHIND,
                    AT.plusSeconds(1),
                    AT.plusSeconds(2),
                    AT.plusSeconds(3),
                    AT.plusSeconds(4),
                    "minutes shared",
                    "amy",
                    "dana")),
            List.of(
                new Promise(
                    "promise-1",
                    "SSO in week 2",
                    "alex",
                    LocalDate.parse("2026-11-20"),
                    PromiseStatus.CONFIRMED,
                    "amy",
                    AT.plusSeconds(5),
                    "delivered early")),
            List.of(new SuccessCriterion("tickets per week", "120", "60")),
            List.of(
                new Blocker("blocker-1", "kickoff", "no admin access", "amy", AT.plusSeconds(6))),
            AT.plusSeconds(7),
            21,
            AT.plusSeconds(8),
            2251799813685249L,
            new Lineage(
                "L-1",
                "q4-launch",
                "webinar",
                "demo-request",
                "event-follow-up",
                "standard",
                "sam",
                AT.minusSeconds(9000),
                AT.minusSeconds(8000),
                16,
                true,
                AT.minusSeconds(7000),
                2,
                AT.minusSeconds(6000),
                0.3,
                "amy",
                "mid-market",
                21,
                false,
                1),
            List.of(
                new OutboxMessage(
                    "message-1",
                    "first-value",
                    "deal-1",
                    Map.of("dealId", "deal-1"),
                    AT.plusSeconds(9),
                    AT.plusSeconds(10))),
            List.of(
                new Notification(
                    "deal-1/blocker-reported/blocker-1",
                    "blocker-reported",
                    List.of("user:amy"),
                    Map.of("dealId", "deal-1", "customerName", "ACME"),
                    "/console/#/journey/deal-1",
                    AT.plusSeconds(11),
                    AT.plusSeconds(12))),
            3L);
    DocumentRoundTrip.assertEveryFieldSet(snapshot);

    OnboardingPlanDocument stored =
        DocumentRoundTrip.throughBson(OnboardingPlanDocument.of(OnboardingPlan.restore(snapshot)));

    assertThat(stored.toPlan().snapshot()).isEqualTo(snapshot);
  }
}
