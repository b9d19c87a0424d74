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
