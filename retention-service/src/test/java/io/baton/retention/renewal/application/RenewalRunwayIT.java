package io.baton.retention.renewal.application;

import static io.baton.retention.RetentionApi.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.testsupport.BatonServiceTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The renewal runway with explicit dates (renewals in 2031, which no other test uses): each active
 * customer is checked once at the step it reached, and a renewal at risk asks for a save play.
 */
@BatonServiceTest
class RenewalRunwayIT {

  private static final String RENEWAL = "2031-05-31";

  @Autowired private TestRestTemplate http;
  @Autowired private CheckingRenewalRunway checkingRenewalRunway;

  @Test
  void checksEachActiveCustomerOnceAtTheStepItReachedAndAsksForASavePlayWhenTheRenewalIsAtRisk() {
    RetentionApi api = new RetentionApi(http);
    String healthy = api.active(newId("deal"), Map.of("renewalDate", RENEWAL));
    String falling = api.active(newId("deal"), Map.of("renewalDate", RENEWAL));
    String later = api.active(newId("deal"), Map.of("renewalDate", "2031-12-31"));
    String onboarding = api.registered(newId("deal"), Map.of("renewalDate", RENEWAL));
    api.signals(falling, "champion-left", "champion-left", "payment-late", "payment-late");

    CheckingRenewalRunway.RunwayRun first =
        checkingRenewalRunway.checkAll(Instant.parse("2031-02-01T06:00:00Z"));
    CheckingRenewalRunway.RunwayRun sameDay =
        checkingRenewalRunway.checkAll(Instant.parse("2031-02-01T12:00:00Z"));

    assertThat(first.checked()).isEqualTo(2);
    assertThat(first.atRisk()).isEqualTo(1);
    assertThat(sameDay.checked()).isZero();
    JsonNode healthyChecks =
        api.json("/api/customers/" + healthy).path("renewal").path("runwayChecks");
    assertThat(healthyChecks).hasSize(1);
    assertThat(healthyChecks.get(0).path("step").asText()).isEqualTo("P120D");
    assertThat(healthyChecks.get(0).path("atRisk").asBoolean()).isFalse();
    JsonNode fallingCustomer = api.json("/api/customers/" + falling);
    JsonNode fallingCheck = fallingCustomer.path("renewal").path("runwayChecks").get(0);
    assertThat(fallingCheck.path("band").asText()).isEqualTo("yellow");
    assertThat(fallingCheck.path("trend").asText()).isEqualTo("down");
    assertThat(fallingCheck.path("atRisk").asBoolean()).isTrue();
    JsonNode savePlay = fallingCustomer.path("activeIntervention");
    assertThat(savePlay.path("triggers").get(0).path("reason").asText()).isEqualTo("renewal-risk");
    assertThat(savePlay.path("triggers").get(0).path("triggerId").asText())
        .isEqualTo("renewal-risk:" + falling + ":" + RENEWAL + ":P120D");
    assertThat(api.json("/api/customers/" + later).path("renewal").path("runwayChecks")).isEmpty();
    assertThat(api.json("/api/customers/" + onboarding).path("renewal").path("runwayChecks"))
        .isEmpty();
    assertThat(api.json("/api/customers/" + healthy).path("activeIntervention").isMissingNode())
        .isTrue();

    CheckingRenewalRunway.RunwayRun nextStep =
        checkingRenewalRunway.checkAll(Instant.parse("2031-03-05T06:00:00Z"));

    assertThat(nextStep.checked()).isEqualTo(2);
    JsonNode afterNextStep = api.json("/api/customers/" + falling);
    assertThat(afterNextStep.path("renewal").path("runwayChecks").findValuesAsText("step"))
        .containsExactly("P120D", "P90D");
    assertThat(afterNextStep.path("activeIntervention").path("interventionId").asText())
        .isEqualTo(savePlay.path("interventionId").asText());
    assertThat(afterNextStep.path("activeIntervention").path("triggers")).hasSize(2);
  }
}
