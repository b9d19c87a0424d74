package io.baton.onboarding.adapter.in.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.domain.AcceptedHandoff;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.PlanFixtures;
import java.math.BigDecimal;
import java.time.Instant;
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
    assertThat(handoff.lineage()).as("a handoff accepted before the lineage travelled").isNull();
  }

  @Test
  void readsTheLineageRecordAcceptanceHandsOnButNeverItsOnboardingKeys() throws Exception {
    StartOnboardingVariables variables =
        JSON.readValue(
            """
            {"dealId":"deal-1","customerName":"Acme Corp","accountManager":"amy","arr":48000,
             "closeDate":"2026-11-20",
             "lineage":{"leadId":"L-7","campaign":"spring-launch","sourceChannel":"webinar",
               "interest":"demo-request","leadPlay":"event-follow-up","slaTier":"standard",
               "salesOwner":"sam","leadReceivedAt":"2026-11-02T09:00:00Z",
               "firstContactAt":"2026-11-02T09:42:00Z","minutesToFirstContact":42,
               "firstContactWithinSla":true,"dealWonAt":"2026-11-20T10:00:00Z","handoffReturns":1,
               "acceptedAt":"2026-11-23T15:30:00Z","hoursToAccept":26.5,
               "acceptingAccountManager":"amy",
               "segment":"enterprise","daysToValue":1,"firstValueLate":false,"promisesMissed":0,
               "somethingNew":"ignored"}}
            """,
            StartOnboardingVariables.class);

    AcceptedHandoff handoff = variables.toAcceptedHandoff(42L);

    assertThat(handoff.lineage()).isEqualTo(PlanFixtures.handoffLineage());
  }

  @Test
  void aLineageWithUnknownKeysLeavesThemUnknown() throws Exception {
    StartOnboardingVariables variables =
        JSON.readValue(
            """
            {"dealId":"deal-1","customerName":"Acme Corp","accountManager":"amy","arr":48000,
             "closeDate":"2026-11-20",
             "lineage":{"leadId":null,"campaign":null,"salesOwner":"sam","handoffReturns":0,
               "dealWonAt":"2026-11-20T10:00:00Z","acceptedAt":"2026-11-20T12:00:00Z",
               "hoursToAccept":2.0,"acceptingAccountManager":"amy","firstContactWithinSla":null}}
            """,
            StartOnboardingVariables.class);

    Lineage lineage = variables.toAcceptedHandoff(42L).lineage();

    assertThat(lineage.leadId()).isNull();
    assertThat(lineage.firstContactWithinSla()).isNull();
    assertThat(lineage.leadReceivedAt()).isNull();
    assertThat(lineage.acceptedAt()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    assertThat(lineage.hasHandoffKeys()).isTrue();
  }
}
