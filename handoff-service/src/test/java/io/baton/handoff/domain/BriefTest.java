package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.handoff.domain.Brief.MissingItem;
import io.baton.handoff.domain.Brief.Promise;
import io.baton.handoff.domain.Brief.Stakeholder;
import io.baton.handoff.domain.Brief.SuccessCriterion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefTest {

  private static final Promise PROMISE =
      new Promise("SSO by go-live", "sam", LocalDate.parse("2027-01-15"));
  private static final Stakeholder CHAMPION =
      new Stakeholder("Cleo", "champion", "cleo@acme.example");
  private static final Stakeholder BUYER =
      new Stakeholder("Bob", "economic-buyer", "bob@acme.example");
  private static final SuccessCriterion CRITERION =
      new SuccessCriterion("Onboarding time", "14 days", "3 days");

  @Test
  void aCompleteBriefLacksNothing() {
    Brief brief =
        new Brief(List.of(PROMISE), List.of(CHAMPION, BUYER), List.of(CRITERION), null, null, null);

    assertThat(brief.missingItems()).isEmpty();
  }

  @Test
  void anEmptyBriefSaysEverythingItLacks() {
    assertThat(Brief.empty().missingItems())
        .extracting(MissingItem::field)
        .containsExactly("promises", "stakeholders", "stakeholders", "successCriteria");
  }

  @Test
  void aPromiseWithoutOwnerOrDueDateDoesNotCount() {
    Brief brief =
        new Brief(
            List.of(
                new Promise("SSO", null, LocalDate.parse("2027-01-15")),
                new Promise("SSO", "sam", null)),
            List.of(CHAMPION, BUYER),
            List.of(CRITERION),
            null,
            null,
            null);

    assertThat(brief.missingItems())
        .singleElement()
        .extracting(MissingItem::field)
        .isEqualTo("promises");
  }

  @Test
  void aBriefWithoutAnEconomicBuyerNamesIt() {
    Brief brief =
        new Brief(List.of(PROMISE), List.of(CHAMPION), List.of(CRITERION), null, null, null);

    assertThat(brief.missingItems())
        .singleElement()
        .satisfies(item -> assertThat(item.description()).contains("economic buyer"));
  }

  @Test
  void aSuccessCriterionNeedsItsBaseline() {
    Brief brief =
        new Brief(
            List.of(PROMISE),
            List.of(CHAMPION, BUYER),
            List.of(new SuccessCriterion("NPS", " ", "50")),
            null,
            null,
            null);

    assertThat(brief.missingItems())
        .singleElement()
        .extracting(MissingItem::field)
        .isEqualTo("successCriteria");
  }
}
