package io.baton.lead.application;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.lead.application.AssigningOwner.OwnerAndClock;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.PlayDecision;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The speed-to-lead clock counts from when the lead came in, also when that was long ago. */
class AssigningOwnerTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final LeadProperties.Tier STANDARD =
      new LeadProperties.Tier(
          "sales-inbound",
          List.of("sam", "rita"),
          Duration.ofHours(1),
          Duration.ofHours(4),
          Duration.ofHours(24),
          60);

  private final InMemoryLeads leads = new InMemoryLeads();
  private final AtomicLong turns = new AtomicLong();
  private final AssigningOwner assigning =
      new AssigningOwner(
          new UnitOfWork<>("Lead", leads, Outbox.none(), new UnitOfWorkProperties(3)),
          team -> turns.getAndIncrement(),
          new LeadProperties(
              Duration.ofDays(30),
              Map.of("standard", STANDARD),
              new LeadProperties.Cadence(6, Duration.ofDays(1))),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aLeadJustInGetsTheTiersWholeClock() {
    receivedAt(NOW);

    OwnerAndClock clock = assigning.assign("L-1", standardPlay(), 4711L);

    assertThat(clock.owner()).isEqualTo("sam");
    assertThat(clock.firstContactDueAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(clock.notifyOwnerAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(clock.reassignAfter()).isEqualTo(Duration.ofHours(4));
    assertThat(clock.escalateAfter()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aLeadThatCameInEarlierHasWhatIsLeftOfEachDelay() {
    receivedAt(NOW.minus(Duration.ofMinutes(90)));

    OwnerAndClock clock = assigning.assign("L-1", standardPlay(), 4711L);

    assertThat(clock.firstContactDueAt()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
    assertThat(clock.notifyOwnerAfter()).isZero();
    assertThat(clock.reassignAfter()).isEqualTo(Duration.ofMinutes(150));
    assertThat(clock.escalateAfter()).isEqualTo(Duration.ofMinutes(22 * 60 + 30));
  }

  @Test
  void aLeadImportedLongOverdueIsDueAtOnceAtEveryStage() {
    Instant lastYear = NOW.minus(Duration.ofDays(365));
    receivedAt(lastYear);

    OwnerAndClock clock = assigning.assign("L-1", standardPlay(), 4711L);

    assertThat(clock.firstContactDueAt()).isEqualTo(lastYear.plus(Duration.ofHours(1)));
    assertThat(leads.find("L-1").orElseThrow().firstContactDueAt())
        .isEqualTo(clock.firstContactDueAt());
    assertThat(List.of(clock.notifyOwnerAfter(), clock.reassignAfter(), clock.escalateAfter()))
        .containsOnly(Duration.ZERO);
    assertThat(clock.notifyOwnerAfter().toString()).isEqualTo("PT0S");
  }

  @Test
  void aRetriedJobKeepsTheDueTimeAndCountsTheDelaysFromIt() {
    receivedAt(NOW.minus(Duration.ofMinutes(10)));
    OwnerAndClock first = assigning.assign("L-1", standardPlay(), 4711L);

    OwnerAndClock again = assigning.assign("L-1", standardPlay(), 4711L);

    assertThat(again).isEqualTo(first);
    assertThat(turns).hasValue(1);
  }

  @Test
  void theFirstOwnerIsToldOnceThatTheLeadIsTheirs() {
    receivedAt(NOW);

    assigning.assign("L-1", standardPlay(), 4711L);
    assigning.assign("L-1", standardPlay(), 4711L);

    assertThat(leads.find("L-1").orElseThrow().notifications())
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(notification.eventId()).isEqualTo("L-1/lead-assigned");
              assertThat(notification.eventType()).isEqualTo("lead-assigned");
              assertThat(notification.recipients()).containsExactly("user:sam");
              assertThat(notification.link()).isEqualTo("/console/#/tasks");
            });
  }

  private void receivedAt(Instant receivedAt) {
    leads.add(Lead.receive("L-1", aSubmission().receivedAt(receivedAt).build(), NOW, "corr-1"));
  }

  private static PlayDecision standardPlay() {
    return new PlayDecision(
        "lead-play",
        Map.of(),
        "quick-start-demo",
        "standard",
        "Show the quick start",
        "Book a demo",
        "Small company asking for a demo",
        NOW);
  }
}
