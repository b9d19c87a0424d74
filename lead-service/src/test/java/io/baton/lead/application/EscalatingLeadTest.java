package io.baton.lead.application;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.baton.lead.domain.Lead;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first-contact task follows the lead's owner through the speed-to-lead escalations, and each
 * escalation tells the people who must act.
 */
class EscalatingLeadTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
  private static final long FOLLOW_UP = 4711L;

  private final InMemoryLeads leads = new InMemoryLeads();
  private final List<String> taskChanges = new ArrayList<>();
  private final EscalatingLead escalating =
      new EscalatingLead(
          new UnitOfWork<>("Lead", leads, Outbox.none(), new UnitOfWorkProperties(3)),
          new RecordedFirstContactTask(),
          new LeadMetrics(new SimpleMeterRegistry()),
          Clock.fixed(RECEIVED.plusSeconds(3600), ZoneOffset.UTC));

  @BeforeEach
  void aLeadOwnedBySam() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    lead.assignFirstOwner("sam", "sales-inbound", RECEIVED.plusSeconds(300), FOLLOW_UP, RECEIVED);
    leads.add(lead);
  }

  @Test
  void aLeadBackInTheQueueTakesItsFirstContactTaskWithIt() {
    Lead lead = escalating.returnToQueue("L-1", FOLLOW_UP);
    escalating.returnToQueue("L-1", FOLLOW_UP);

    assertThat(lead.owner()).isNull();
    assertThat(taskChanges).containsExactly("queue 4711", "queue 4711");
  }

  @Test
  void theRepAManagerNamesGetsTheFirstContactTask() {
    escalating.returnToQueue("L-1", FOLLOW_UP);

    Lead lead =
        escalating.recordManagerReview(
            new RecordManagerReview("L-1", " rita ", "Call today", FOLLOW_UP));

    assertThat(lead.owner()).isEqualTo("rita");
    assertThat(taskChanges).containsExactly("queue 4711", "assign 4711 to rita");
  }

  @Test
  void aReviewNamingNobodyLeavesTheTaskInTheQueue() {
    escalating.returnToQueue("L-1", FOLLOW_UP);

    escalating.recordManagerReview(
        new RecordManagerReview("L-1", " ", "Whoever is free", FOLLOW_UP));

    assertThat(taskChanges).containsExactly("queue 4711");
  }

  @Test
  void eachEscalationTellsWhoMustActOnceWithALinkToTheTaskInbox() {
    escalating.notifyOwner("L-1");
    escalating.notifyOwner("L-1");
    escalating.returnToQueue("L-1", FOLLOW_UP);
    Lead lead = escalating.escalateToManager("L-1");

    assertThat(lead.notifications())
        .extracting(Notification::eventId, Notification::recipients, Notification::link)
        .containsExactly(
            tuple("L-1/first-contact-due", List.of("user:sam"), "/console/#/tasks"),
            tuple("L-1/lead-returned-to-queue", List.of("team:sales-inbound"), "/console/#/tasks"),
            tuple("L-1/manager-review", List.of("team:sales-managers"), "/console/#/tasks"));
    assertThat(lead.notifications().getFirst().subject())
        .containsEntry("leadId", "L-1")
        .containsEntry("owner", "sam")
        .containsEntry("firstContactDueAt", RECEIVED.plusSeconds(300).toString());
  }

  private final class RecordedFirstContactTask implements FirstContactTask {

    @Override
    public void returnToQueue(long followUpKey) {
      taskChanges.add("queue " + followUpKey);
    }

    @Override
    public void assignTo(long followUpKey, String owner) {
      taskChanges.add("assign " + followUpKey + " to " + owner);
    }
  }
}
