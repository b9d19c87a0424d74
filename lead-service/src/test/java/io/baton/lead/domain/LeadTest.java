package io.baton.lead.domain;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(30);

  @Test
  void theSameEmailInAnyCaseThroughTheSameCampaignHasTheSameContactKey() {
    LeadSubmission lower = aSubmission().withEmail("dana@acme.example").build();
    LeadSubmission mixed = aSubmission().withEmail(" Dana@ACME.example ").build();

    assertThat(mixed.contactKey()).isEqualTo(lower.contactKey());
    assertThat(aSubmission().withCampaign("spring-webinar").build().contactKey())
        .isNotEqualTo(lower.contactKey());
  }

  @Test
  void takesDuplicatesOnlyWithinTheWindow() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.takesDuplicatesAt(RECEIVED.plus(WINDOW).minusMillis(1), WINDOW)).isTrue();
    assertThat(lead.takesDuplicatesAt(RECEIVED.plus(WINDOW), WINDOW)).isFalse();
  }

  @Test
  void takesDuplicatesWithinTheWindowBeforeItCameInToo() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.takesDuplicatesAt(RECEIVED.minus(WINDOW).plusMillis(1), WINDOW)).isTrue();
    assertThat(lead.takesDuplicatesAt(RECEIVED.minus(WINDOW), WINDOW)).isFalse();
  }

  @Test
  void aLeadImportedFromAnotherToolCameInWhenItsSubmissionSays() {
    Instant lastYear = RECEIVED.minus(Duration.ofDays(365));

    Lead lead = Lead.receive("L-1", aSubmission().receivedAt(lastYear).build(), RECEIVED, "corr-1");

    assertThat(lead.receivedAt()).isEqualTo(lastYear);
    assertThat(lead.submission().receivedAt()).isEqualTo(lastYear);
    assertThat(lead.snapshot().outbox())
        .singleElement()
        .satisfies(message -> assertThat(message.createdAt()).isEqualTo(RECEIVED));
    lead.record(attempt(AttemptOutcome.REPLIED, null, lastYear.plusSeconds(600)), false, RECEIVED);
    assertThat(lead.timeToFirstContact()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aLeadWithoutAReceivedTimeCameInNow() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.receivedAt()).isEqualTo(RECEIVED);
    assertThat(lead.submission().receivedAt()).isEqualTo(RECEIVED);
  }

  @Test
  void aLeadCannotComeInAfterNow() {
    LeadSubmission tomorrow = aSubmission().receivedAt(RECEIVED.plus(Duration.ofDays(1))).build();

    assertThatThrownBy(() -> Lead.receive("L-1", tomorrow, RECEIVED, "corr-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anImportedLeadTakesNoAttemptBeforeItCameIn() {
    Instant lastYear = RECEIVED.minus(Duration.ofDays(365));
    Lead lead = Lead.receive("L-1", aSubmission().receivedAt(lastYear).build(), RECEIVED, "corr-1");

    assertThatThrownBy(
            () ->
                lead.record(
                    attempt(AttemptOutcome.REPLIED, null, lastYear.minusSeconds(1)),
                    false,
                    RECEIVED))
        .isInstanceOf(AttemptBeforeLeadException.class);
  }

  @Test
  void aClosedDuplicateWindowGivesUpTheContactKey() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    lead.closeDuplicateWindow();

    assertThat(lead.contactKey()).isNull();
    assertThat(lead.takesDuplicatesAt(RECEIVED, WINDOW)).isFalse();
  }

  @Test
  void hasNoFirstContactUntilTheFirstAttempt() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.firstContactAt()).isNull();
    assertThat(lead.timeToFirstContact()).isNull();
  }

  @Test
  void theFirstAttemptSetsFirstContactAndTimeToFirstContact() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    lead.record(
        attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(300)), false, RECEIVED);
    lead.record(attempt(AttemptOutcome.REPLIED, null, RECEIVED.plusSeconds(900)), false, RECEIVED);

    assertThat(lead.firstContactAt()).isEqualTo(RECEIVED.plusSeconds(300));
    assertThat(lead.timeToFirstContact()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anAttemptReportedLateButDatedEarlierBecomesTheFirstContact() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    lead.record(
        attempt(AttemptOutcome.REPLIED, "second", RECEIVED.plusSeconds(900)), false, RECEIVED);
    lead.record(
        attempt(AttemptOutcome.NO_ANSWER, "first", RECEIVED.plusSeconds(60)), false, RECEIVED);

    assertThat(lead.firstContactAt()).isEqualTo(RECEIVED.plusSeconds(60));
    assertThat(lead.attempts()).extracting(Attempt::notes).containsExactly("first", "second");
  }

  @Test
  void theSameAttemptRecordedTwiceIsKeptOnce() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    Attempt attempt = attempt(AttemptOutcome.LEFT_VOICEMAIL, "voicemail", RECEIVED.plusSeconds(60));

    assertThat(lead.record(attempt, false, RECEIVED)).isTrue();
    assertThat(lead.record(attempt, false, RECEIVED)).isFalse();

    assertThat(lead.attempts()).hasSize(1);
  }

  @Test
  void refusesAnAttemptDatedBeforeTheLeadCameIn() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThatThrownBy(
            () ->
                lead.record(
                    attempt(AttemptOutcome.REPLIED, null, RECEIVED.minusSeconds(1)),
                    false,
                    RECEIVED))
        .isInstanceOf(AttemptBeforeLeadException.class);
    assertThat(lead.attempts()).isEmpty();
  }

  @Test
  void notesAreTheIntentThenEveryAttemptsNotesOldestFirst() {
    Lead lead =
        Lead.receive("L-1", aSubmission().withIntent("Wants SSO").build(), RECEIVED, "corr-1");

    lead.record(
        attempt(AttemptOutcome.MEETING_BOOKED, "Demo on Friday", RECEIVED.plusSeconds(600)),
        false,
        RECEIVED);
    lead.record(attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(60)), false, RECEIVED);
    lead.record(
        attempt(AttemptOutcome.REPLIED, "Asked for pricing", RECEIVED.plusSeconds(300)),
        false,
        RECEIVED);

    assertThat(lead.notes()).containsExactly("Wants SSO", "Asked for pricing", "Demo on Friday");
  }

  @Test
  void speaksItsVocabularyInKebabCase() {
    assertThat(SourceChannel.PAID_SEARCH.code()).isEqualTo("paid-search");
    assertThat(AttemptOutcome.MEETING_BOOKED.code()).isEqualTo("meeting-booked");
  }

  @Test
  void leadIdsAreShortAndDistinct() {
    String first = LeadIds.next();

    assertThat(first).matches("L-[2-9A-Z]{10}");
    assertThat(LeadIds.next()).isNotEqualTo(first);
  }

  @Test
  void aNewLeadAsksForItsFollowUpWithWhatThePlayDecisionNeeds() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.snapshot().outbox())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.messageId()).isEqualTo("lead-received:L-1");
              assertThat(message.correlationKey()).isEqualTo("L-1");
              assertThat(message.variables())
                  .containsEntry("sourceChannel", "web-form")
                  .containsEntry("companySize", 250)
                  .containsEntry("interest", "demo-request")
                  .containsEntry("correlationId", "corr-1");
            });
  }

  @Test
  void theFirstOwnerAndPlayStayWhenAssignedAgain() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThat(lead.decidePlay(play("enterprise-discovery"))).isTrue();
    assertThat(
            lead.assignFirstOwner("sam", "sales-priority", RECEIVED.plusSeconds(300), 7L, RECEIVED))
        .isTrue();
    assertThat(lead.decidePlay(play("educate-and-qualify"))).isFalse();
    assertThat(
            lead.assignFirstOwner(
                "rita", "sales-priority", RECEIVED.plusSeconds(300), 7L, RECEIVED))
        .isFalse();

    assertThat(lead.play().playName()).isEqualTo("enterprise-discovery");
    assertThat(lead.owner()).isEqualTo("sam");
    assertThat(lead.status()).isEqualTo(LeadStatus.WORKING);
  }

  @Test
  void anAttemptReportedInTheProcessIsRecordedOnceByItsReference() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    Attempt reported =
        new Attempt(
            AttemptChannel.CALL,
            AttemptOutcome.NO_ANSWER,
            null,
            RECEIVED.plusSeconds(60),
            "task:42");
    Attempt redelivered =
        new Attempt(
            AttemptChannel.CALL,
            AttemptOutcome.NO_ANSWER,
            null,
            RECEIVED.plusSeconds(90),
            "task:42");

    assertThat(lead.record(reported, false, RECEIVED)).isTrue();
    assertThat(lead.record(redelivered, false, RECEIVED)).isFalse();
    assertThat(lead.attempts()).hasSize(1);
    assertThat(lead.snapshot().outbox()).hasSize(1);
  }

  @Test
  void anAttemptThatReachedTheLeadThroughTheApiIsAnnouncedAsContact() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    lead.record(attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(60)), true, RECEIVED);

    lead.record(
        attempt(AttemptOutcome.REPLIED, "Call me Friday", RECEIVED.plusSeconds(600)),
        true,
        RECEIVED);

    assertThat(lead.status()).isEqualTo(LeadStatus.CONTACTED);
    assertThat(lead.snapshot().outbox().getLast().messageId())
        .isEqualTo("lead-attempt-recorded:L-1:2");
    assertThat(lead.snapshot().outbox().getLast().variables())
        .containsEntry("attemptCount", 2)
        .containsEntry("contacted", true)
        .containsEntry("attemptOutcome", "replied");
  }

  @Test
  void aDisqualificationNeedsAReasonAndAConversionItsDeal() {
    assertThatThrownBy(() -> outcome(OutcomeType.DISQUALIFIED, null, null))
        .isInstanceOfSatisfying(
            InvalidOutcomeException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> outcome(OutcomeType.CONVERTED, null, null))
        .isInstanceOfSatisfying(
            InvalidOutcomeException.class, e -> assertThat(e.field()).isEqualTo("deal"));
  }

  @Test
  void aQualifiedLeadConvertsAndIsThenClosed() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    ConvertedDeal deal =
        new ConvertedDeal(
            "D-1", new BigDecimal("48000"), LocalDate.parse("2026-03-20"), "Acme Corp", "sam");

    assertThat(lead.record(outcome(OutcomeType.QUALIFIED, null, null), true)).isTrue();
    assertThat(lead.record(outcome(OutcomeType.QUALIFIED, null, null), true)).isFalse();
    assertThat(lead.record(outcome(OutcomeType.CONVERTED, null, deal), true)).isTrue();
    assertThat(lead.record(outcome(OutcomeType.CONVERTED, null, deal), true)).isFalse();

    assertThat(lead.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(lead.qualifiedAt()).isNotNull();
    assertThat(lead.snapshot().outbox())
        .extracting(message -> message.messageId())
        .containsExactly(
            "lead-received:L-1",
            "lead-outcome-recorded:L-1:qualified",
            "lead-outcome-recorded:L-1:converted");
    assertThat(lead.snapshot().outbox().getLast().variables()).containsEntry("dealId", "D-1");
    assertThatThrownBy(
            () -> lead.record(outcome(OutcomeType.DISQUALIFIED, LossReason.COMPETITOR, null), true))
        .isInstanceOf(OutcomeConflictException.class);
  }

  @Test
  void aConvertedLeadAnnouncesItsWonDealOnceWithWhatTheHandoffStartsFrom() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    ConvertedDeal deal =
        new ConvertedDeal(
            "D-1", new BigDecimal("48000.00"), LocalDate.parse("2026-03-20"), "Acme Corp", "sam");
    lead.record(outcome(OutcomeType.CONVERTED, null, deal), false);

    assertThat(lead.announceDealWon(RECEIVED.plusSeconds(7200))).isTrue();
    assertThat(lead.announceDealWon(RECEIVED.plusSeconds(7300))).isFalse();

    OutboxMessage dealWon = lead.snapshot().outbox().getLast();
    assertThat(lead.snapshot().outbox())
        .filteredOn(message -> message.messageName().equals("deal-won"))
        .hasSize(1);
    assertThat(dealWon.messageId()).isEqualTo("deal-won:D-1");
    assertThat(dealWon.correlationKey()).isEqualTo("D-1");
    assertThat(dealWon.variables())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "dealId", "D-1",
                "leadId", "L-1",
                "customerName", "Acme Corp",
                "salesOwner", "sam",
                "arr", 48000L,
                "closeDate", "2026-03-20",
                "correlationId", "corr-1"));
  }

  @Test
  void aLeadWithoutAWonDealHasNoDealToAnnounce() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");

    assertThatThrownBy(() -> lead.announceDealWon(RECEIVED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLeadBackInTheQueueHasNoOwnerUntilAManagerNamesOne() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    lead.assignFirstOwner("sam", "sales-priority", RECEIVED.plusSeconds(300), 7L, RECEIVED);

    assertThat(lead.returnToQueue(RECEIVED.plusSeconds(3600))).isTrue();
    assertThat(lead.returnToQueue(RECEIVED.plusSeconds(3700))).isFalse();
    assertThat(lead.owner()).isNull();
    assertThat(lead.team()).isEqualTo("sales-priority");

    assertThat(lead.recordManagerReview("rita", "Rita takes it", RECEIVED.plusSeconds(90000)))
        .isTrue();
    assertThat(lead.owner()).isEqualTo("rita");
    assertThat(lead.assignments())
        .extracting(Assignment::reason)
        .containsExactly(
            AssignmentReason.ROUND_ROBIN,
            AssignmentReason.REASSIGNED_TO_QUEUE,
            AssignmentReason.MANAGER);
    assertThat(lead.escalations())
        .extracting(Escalation::stage)
        .containsExactly(EscalationStage.REASSIGNED_TO_QUEUE, EscalationStage.MANAGER_REVIEWED);
  }

  @Test
  void isPastItsFirstContactSlaOnlyWhileNobodyTried() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED, "corr-1");
    lead.assignFirstOwner("sam", "sales-priority", RECEIVED.plusSeconds(300), 7L, RECEIVED);

    assertThat(lead.isPastFirstContactSla(RECEIVED.plusSeconds(299))).isFalse();
    assertThat(lead.isPastFirstContactSla(RECEIVED.plusSeconds(301))).isTrue();
    lead.record(
        attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(400)), false, RECEIVED);
    assertThat(lead.isPastFirstContactSla(RECEIVED.plusSeconds(500))).isFalse();
  }

  private static Outcome outcome(OutcomeType type, LossReason reason, ConvertedDeal deal) {
    return new Outcome(type, reason, null, deal, "sam", RECEIVED.plusSeconds(3600));
  }

  private static PlayDecision play(String name) {
    return new PlayDecision(
        "lead-play",
        Map.of("interest", "demo-request"),
        name,
        "priority",
        "talk",
        "next",
        "why",
        RECEIVED);
  }

  private static Attempt attempt(AttemptOutcome outcome, String notes, Instant at) {
    return new Attempt(AttemptChannel.CALL, outcome, notes, at, null);
  }
}
