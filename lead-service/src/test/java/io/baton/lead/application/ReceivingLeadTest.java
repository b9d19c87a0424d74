package io.baton.lead.application;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.lead.domain.Lead;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceivingLeadTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(30);

  private final InMemoryLeads leads = new InMemoryLeads();

  @Test
  void theSameContactAndCampaignAfterTheWindowIsANewLead() {
    Lead first = receiveAt(NOW, leads).lead();

    ReceivingLead.Intake later = receiveAt(NOW.plus(WINDOW), leads);

    assertThat(later.created()).isTrue();
    assertThat(later.lead().leadId()).isNotEqualTo(first.leadId());
    assertThat(leads.find(first.leadId()))
        .hasValueSatisfying(old -> assertThat(old.contactKey()).isNull());
  }

  @Test
  void theSameContactAndCampaignWithinTheWindowIsTheSameLead() {
    Lead first = receiveAt(NOW, leads).lead();

    ReceivingLead.Intake again = receiveAt(NOW.plus(WINDOW).minusSeconds(1), leads);

    assertThat(again.created()).isFalse();
    assertThat(again.lead().leadId()).isEqualTo(first.leadId());
  }

  @Test
  void aNewExternalIdWithAContactAndCampaignWithinTheWindowIsTheSameLead() {
    Lead first = receiveAt(NOW, leads).lead();

    ReceivingLead.Intake again =
        receiving(NOW, leads).receive(aSubmission().withExternalId("crm-77").build());

    assertThat(again.created()).isFalse();
    assertThat(again.lead().leadId()).isEqualTo(first.leadId());
  }

  @Test
  void aLeadImportedWithTheTimeItCameInIsReceivedThenToTheMillisecond() {
    Instant lastYear = NOW.minus(Duration.ofDays(365)).plusNanos(1_234_567);

    ReceivingLead.Intake intake =
        receiving(NOW, leads)
            .receive(aSubmission().withExternalId("crm-1").receivedAt(lastYear).build());

    assertThat(intake.created()).isTrue();
    assertThat(intake.lead().receivedAt()).isEqualTo(lastYear.truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void anImportedLeadIsRecognisedByItsExternalIdAgain() {
    Instant lastYear = NOW.minus(Duration.ofDays(365));
    Lead first =
        receiving(NOW, leads)
            .receive(aSubmission().withExternalId("crm-1").receivedAt(lastYear).build())
            .lead();

    ReceivingLead.Intake again =
        receiving(NOW.plusSeconds(60), leads)
            .receive(aSubmission().withExternalId("crm-1").receivedAt(lastYear).build());

    assertThat(again.created()).isFalse();
    assertThat(again.lead().leadId()).isEqualTo(first.leadId());
  }

  @Test
  void aLeadImportedFromBeforeTheWindowKeepsNoContactKeyAndLeavesTheOpenLeadItsOwn() {
    Lead open = receiveAt(NOW, leads).lead();

    ReceivingLead.Intake imported =
        receiving(NOW.plusSeconds(60), leads)
            .receive(aSubmission().receivedAt(NOW.minus(WINDOW.multipliedBy(2))).build());

    assertThat(imported.created()).isTrue();
    assertThat(imported.lead().contactKey()).isNull();
    assertThat(leads.find(open.leadId()))
        .hasValueSatisfying(kept -> assertThat(kept.contactKey()).isNotNull());
    assertThat(receiveAt(NOW.plusSeconds(120), leads).lead().leadId()).isEqualTo(open.leadId());
  }

  @Test
  void theSameContactAndCampaignThatCameInWithinTheWindowBeforeAnOpenLeadIsThatLead() {
    Lead open = receiveAt(NOW, leads).lead();

    ReceivingLead.Intake earlier =
        receiving(NOW.plusSeconds(60), leads)
            .receive(aSubmission().receivedAt(NOW.minus(Duration.ofDays(2))).build());

    assertThat(earlier.created()).isFalse();
    assertThat(earlier.lead().leadId()).isEqualTo(open.leadId());
  }

  @Test
  void aLeadImportedWithinTheWindowTakesTheContactsLaterSubmissions() {
    Lead imported =
        receiving(NOW, leads)
            .receive(aSubmission().receivedAt(NOW.minus(Duration.ofDays(2))).build())
            .lead();

    ReceivingLead.Intake again = receiveAt(NOW.plusSeconds(60), leads);

    assertThat(imported.contactKey()).isNotNull();
    assertThat(again.created()).isFalse();
    assertThat(again.lead().leadId()).isEqualTo(imported.leadId());
  }

  @Test
  void whoLosesTheRaceToStoreTheSameLeadGetsTheWinnersLead() {
    Lead winner = Lead.receive("L-WINNER", aSubmission().build(), NOW, "corr-1");
    InMemoryLeads racing =
        new InMemoryLeads() {
          private boolean raced;

          @Override
          public Optional<Lead> add(Lead lead) {
            if (!raced) {
              raced = true;
              super.add(winner);
            }
            return super.add(lead);
          }
        };

    ReceivingLead.Intake intake = receiveAt(NOW, racing);

    assertThat(intake.created()).isFalse();
    assertThat(intake.lead().leadId()).isEqualTo("L-WINNER");
    assertThat(racing.all()).hasSize(1);
  }

  private static ReceivingLead.Intake receiveAt(Instant now, InMemoryLeads leads) {
    return receiving(now, leads).receive(aSubmission().build());
  }

  private static ReceivingLead receiving(Instant now, InMemoryLeads leads) {
    return new ReceivingLead(
        leads,
        new UnitOfWork<>("Lead", leads, Outbox.none(), new UnitOfWorkProperties(5)),
        new LeadProperties(WINDOW, Map.of(), new LeadProperties.Cadence(6, Duration.ofDays(1))),
        new LeadMetrics(new SimpleMeterRegistry()),
        clockAt(now));
  }

  private static Clock clockAt(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
