package io.baton.lead.domain;

import static io.baton.lead.domain.LeadFixtures.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFeedbackTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void countsWhatBecameOfTheLeadsAndHowFastTheyWereContacted() {
    SourceFeedback feedback = new SourceFeedback("q4-launch");
    for (int minutes = 1; minutes <= 10; minutes++) {
      feedback.add(contactedAfter(minutes));
    }
    Lead disqualified = contactedAfter(20);
    disqualified.record(outcome(OutcomeType.DISQUALIFIED, LossReason.NO_BUDGET, null), false);
    feedback.add(disqualified);
    Lead converted = contactedAfter(30);
    converted.record(outcome(OutcomeType.QUALIFIED, null, null), false);
    converted.record(
        outcome(
            OutcomeType.CONVERTED,
            null,
            new ConvertedDeal(
                "D-1", new BigDecimal("48000"), LocalDate.parse("2026-04-01"), "Acme", "sam")),
        false);
    feedback.add(converted);
    feedback.add(Lead.receive("L-untried", aSubmission().build(), RECEIVED, null));

    assertThat(feedback.leads()).isEqualTo(13);
    assertThat(feedback.contacted()).isEqualTo(12);
    assertThat(feedback.medianTimeToFirstContact()).isEqualTo(Duration.ofMinutes(6));
    assertThat(feedback.p90TimeToFirstContact()).isEqualTo(Duration.ofMinutes(20));
    assertThat(feedback.qualified()).isEqualTo(1);
    assertThat(feedback.disqualifiedByReason()).isEqualTo(Map.of(LossReason.NO_BUDGET, 1L));
    assertThat(feedback.converted()).isEqualTo(1);
    assertThat(feedback.convertedArr()).isEqualByComparingTo("48000");
  }

  @Test
  void hasNoTimeToFirstContactWhileNobodyWasTried() {
    SourceFeedback feedback = new SourceFeedback("q4-launch");
    feedback.add(Lead.receive("L-1", aSubmission().build(), RECEIVED, null));

    assertThat(feedback.medianTimeToFirstContact()).isNull();
    assertThat(feedback.p90TimeToFirstContact()).isNull();
  }

  private static Lead contactedAfter(int minutes) {
    Lead lead = Lead.receive("L-" + minutes, aSubmission().build(), RECEIVED, null);
    lead.record(
        new Attempt(
            AttemptChannel.CALL,
            AttemptOutcome.REPLIED,
            null,
            RECEIVED.plus(Duration.ofMinutes(minutes)),
            null),
        false,
        RECEIVED);
    return lead;
  }

  private static Outcome outcome(OutcomeType type, LossReason reason, ConvertedDeal deal) {
    return new Outcome(type, reason, null, deal, "sam", RECEIVED.plusSeconds(7200));
  }
}
