package io.baton.lead.domain;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    assertThat(lead.takesDuplicatesAt(RECEIVED.plus(WINDOW).minusMillis(1), WINDOW)).isTrue();
    assertThat(lead.takesDuplicatesAt(RECEIVED.plus(WINDOW), WINDOW)).isFalse();
  }

  @Test
  void aClosedDuplicateWindowGivesUpTheContactKey() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    lead.closeDuplicateWindow();

    assertThat(lead.contactKey()).isNull();
    assertThat(lead.takesDuplicatesAt(RECEIVED, WINDOW)).isFalse();
  }

  @Test
  void hasNoFirstContactUntilTheFirstAttempt() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    assertThat(lead.firstContactAt()).isNull();
    assertThat(lead.timeToFirstContact()).isNull();
  }

  @Test
  void theFirstAttemptSetsFirstContactAndTimeToFirstContact() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    lead.record(attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(300)));
    lead.record(attempt(AttemptOutcome.REPLIED, null, RECEIVED.plusSeconds(900)));

    assertThat(lead.firstContactAt()).isEqualTo(RECEIVED.plusSeconds(300));
    assertThat(lead.timeToFirstContact()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anAttemptReportedLateButDatedEarlierBecomesTheFirstContact() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    lead.record(attempt(AttemptOutcome.REPLIED, "second", RECEIVED.plusSeconds(900)));
    lead.record(attempt(AttemptOutcome.NO_ANSWER, "first", RECEIVED.plusSeconds(60)));

    assertThat(lead.firstContactAt()).isEqualTo(RECEIVED.plusSeconds(60));
    assertThat(lead.attempts()).extracting(Attempt::notes).containsExactly("first", "second");
  }

  @Test
  void theSameAttemptRecordedTwiceIsKeptOnce() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);
    Attempt attempt = attempt(AttemptOutcome.LEFT_VOICEMAIL, "voicemail", RECEIVED.plusSeconds(60));

    assertThat(lead.record(attempt)).isTrue();
    assertThat(lead.record(attempt)).isFalse();

    assertThat(lead.attempts()).hasSize(1);
  }

  @Test
  void refusesAnAttemptDatedBeforeTheLeadCameIn() {
    Lead lead = Lead.receive("L-1", aSubmission().build(), RECEIVED);

    assertThatThrownBy(
            () -> lead.record(attempt(AttemptOutcome.REPLIED, null, RECEIVED.minusSeconds(1))))
        .isInstanceOf(AttemptBeforeLeadException.class);
    assertThat(lead.attempts()).isEmpty();
  }

  @Test
  void notesAreTheIntentThenEveryAttemptsNotesOldestFirst() {
    Lead lead = Lead.receive("L-1", aSubmission().withIntent("Wants SSO").build(), RECEIVED);

    lead.record(
        attempt(AttemptOutcome.MEETING_BOOKED, "Demo on Friday", RECEIVED.plusSeconds(600)));
    lead.record(attempt(AttemptOutcome.NO_ANSWER, null, RECEIVED.plusSeconds(60)));
    lead.record(attempt(AttemptOutcome.REPLIED, "Asked for pricing", RECEIVED.plusSeconds(300)));

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

  private static Attempt attempt(AttemptOutcome outcome, String notes, Instant at) {
    return new Attempt(AttemptChannel.CALL, outcome, notes, at);
  }
}
