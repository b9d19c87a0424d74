package io.baton.onboarding.adapter.in.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.domain.AcceptedHandoff;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StartOnboardingVariablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsTheDealAndTheBriefAsTheHandoffProcessLeavesThem() throws Exception {
    StartOnboardingVariables variables =
        JSON.readValue(
            """
            {"dealId":"deal-1","customerName":"Acme Corp","accountManager":"amy","acceptanceNote":"Go",
             "arr":"48000","closeDate":"2026-11-20","desiredGoLiveDate":"2027-02-01T00:00:00Z",
             "promises":[{"text":"SSO","owner":"sam","dueDate":"2027-01-15"}],
             "successCriteria":[{"metric":"Onboarding time","baseline":"14 days","target":"3 days"}],
             "salesOwner":"sam","correlationId":"c-1"}
            """,
            StartOnboardingVariables.class);

    AcceptedHandoff handoff = variables.toAcceptedHandoff(42L);

    assertThat(handoff.arr()).isEqualByComparingTo(new BigDecimal("48000"));
    assertThat(handoff.contractDate()).isEqualTo(LocalDate.parse("2026-11-20"));
    assertThat(handoff.desiredGoLiveDate()).isEqualTo(LocalDate.parse("2027-02-01"));
    assertThat(handoff.promises())
        .containsExactly(
            new AcceptedHandoff.PromiseMade("SSO", "sam", LocalDate.parse("2027-01-15")));
    assertThat(handoff.successCriteria().getFirst().baseline()).isEqualTo("14 days");
    assertThat(handoff.handoffProcessInstanceKey()).isEqualTo(42L);
  }
}
