package io.baton.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeFormTest {

  @Test
  void aQualifiedLeadNeedsNoReason() {
    OutcomeForm form = new OutcomeForm("qualified", null);

    assertThat(form.missing()).isEmpty();
    assertThat(form.outcomeType()).contains(OutcomeType.QUALIFIED);
    assertThat(form.lossReason()).isEmpty();
  }

  @Test
  void aDisqualifiedOrNurturedLeadNeedsAReasonFromTheTaxonomy() {
    assertThat(new OutcomeForm("disqualified", null).missing())
        .contains("Please pick why the lead is disqualified.");
    assertThat(new OutcomeForm("nurture", "not-a-reason").missing())
        .contains("Please pick why the lead is nurture.");
    assertThat(new OutcomeForm("disqualified", "competitor").missing()).isEmpty();
    assertThat(new OutcomeForm("disqualified", "competitor").lossReason())
        .contains(LossReason.COMPETITOR);
  }

  @Test
  void aConversionOrNoOutcomeCannotBePickedInTheForm() {
    String pickOne = "Please pick the outcome: qualified, disqualified or nurture.";

    assertThat(new OutcomeForm(null, null).missing()).contains(pickOne);
    assertThat(new OutcomeForm("converted", null).missing()).contains(pickOne);
    assertThat(new OutcomeForm("converted", null).outcomeType()).isEmpty();
  }
}
