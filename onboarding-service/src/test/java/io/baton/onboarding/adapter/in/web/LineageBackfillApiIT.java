package io.baton.onboarding.adapter.in.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.baton.onboarding.RetentionServiceStubbed;
import io.baton.onboarding.application.CompleteCheckpoint;
import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.onboarding.application.HandingOverToRetention;
import io.baton.onboarding.application.OnboardingQueries;
import io.baton.onboarding.application.StartingOnboarding;
import io.baton.onboarding.domain.PlanFixtures.AcceptedHandoffBuilder;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The lineage backfill through the API, with handoff-service and retention-service as WireMocks:
 * plans started before the lineage travelled get it from handoff-service and send it to retention
 * with their hand-over again; doing it again changes nothing; only administrators may.
 */
@BatonServiceTest
class LineageBackfillApiIT extends RetentionServiceStubbed {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CHECKPOINTS =
      List.of("kickoff", "technical-setup", "training", "go-live", "first-value");
  private static final String RESEND = "/api/onboardings/lineage/resend";

  @Autowired private TestRestTemplate http;
  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private CompletingCheckpoint completingCheckpoint;
  @Autowired private HandingOverToRetention handingOver;
  @Autowired private OnboardingQueries queries;

  @Test
  void completesTheLineageOfOlderPlansAndSendsItWithTheHandOverAgainOnce() throws Exception {
    startHandedOver(anAcceptedHandoff("zz-backfill-a-1"));
    start(anAcceptedHandoff("zz-backfill-a-2").withLineage());
    start(anAcceptedHandoff("zz-backfill-a-3"));
    HANDOFF_SERVICE.stubFor(
        get("/api/handoffs/zz-backfill-a-1")
            .willReturn(json(200, acceptedHandoff("zz-backfill-a-1"))));
    HANDOFF_SERVICE.stubFor(
        get("/api/handoffs/zz-backfill-a-3").willReturn(json(404, "{\"status\":404}")));
    RETENTION_SERVICE.stubFor(post(anyUrl()).willReturn(json(200, "{}")));
    RETENTION_SERVICE.stubFor(put(anyUrl()).willReturn(json(200, "{}")));
    RETENTION_SERVICE.resetRequests();
    long versionBefore = queries.get("zz-backfill-a-1").snapshot().version();

    JsonNode first = resend(Map.of("after", "zz-backfill-a-", "limit", 3));

    assertThat(first.path("plans").findValuesAsText("dealId"))
        .containsExactly("zz-backfill-a-1", "zz-backfill-a-2", "zz-backfill-a-3");
    assertThat(first.path("plans").findValuesAsText("lineage"))
        .containsExactly("handoff", "plan", "none");
    assertThat(first.path("plans").findValuesAsText("sentToRetention"))
        .containsExactly("true", "false", "false");
    assertThat(first.path("next").asText()).as("a full page").isEqualTo("zz-backfill-a-3");
    RETENTION_SERVICE.verify(
        1,
        postRequestedFor(urlEqualTo("/api/customers/zz-backfill-a-1/handover"))
            .withRequestBody(matchingJsonPath("$.lineage.campaign", equalTo("spring-launch")))
            .withRequestBody(matchingJsonPath("$.lineage.acceptingAccountManager", equalTo("amy")))
            .withRequestBody(matchingJsonPath("$.lineage.handoffReturns", equalTo("1")))
            .withRequestBody(matchingJsonPath("$.lineage.segment", equalTo("mid-market")))
            .withRequestBody(matchingJsonPath("$.lineage.daysToValue"))
            .withRequestBody(matchingJsonPath("$.lineage.promisesMissed", equalTo("0")))
            .withRequestBody(matchingJsonPath("$.firstValueAt")));
    RETENTION_SERVICE.verify(
        0, putRequestedFor(anyUrl()).withHeader("Content-Type", equalTo("application/json")));
    assertThat(RETENTION_SERVICE.getAllServeEvents())
        .as("only the plan handed over already goes to retention now")
        .hasSize(1);
    HANDOFF_SERVICE.verify(0, getRequestedFor(urlEqualTo("/api/handoffs/zz-backfill-a-2")));
    JsonNode stored = read("/api/onboardings/zz-backfill-a-1").path("lineage");
    assertThat(stored.path("leadPlay").asText()).isEqualTo("event-follow-up");
    assertThat(stored.path("daysToValue").isInt()).isTrue();

    long versionAfterFirst = queries.get("zz-backfill-a-1").snapshot().version();
    JsonNode again = resend(Map.of("after", "zz-backfill-a-", "limit", 3));

    assertThat(versionAfterFirst).isEqualTo(versionBefore + 1);
    assertThat(queries.get("zz-backfill-a-1").snapshot().version())
        .as("the plan keeps what it has")
        .isEqualTo(versionAfterFirst);
    assertThat(again.path("plans").findValuesAsText("lineage"))
        .containsExactly("plan", "plan", "none");
    HANDOFF_SERVICE.verify(1, getRequestedFor(urlEqualTo("/api/handoffs/zz-backfill-a-1")));
    RETENTION_SERVICE.verify(
        2,
        postRequestedFor(urlEqualTo("/api/customers/zz-backfill-a-1/handover"))
            .withRequestBody(matchingJsonPath("$.lineage.campaign", equalTo("spring-launch"))));
  }

  @Test
  void walksThePlansPageByPage() throws Exception {
    start(anAcceptedHandoff("zz-backfill-b-1").withLineage());
    start(anAcceptedHandoff("zz-backfill-b-2").withLineage());

    JsonNode first = resend(Map.of("after", "zz-backfill-b-", "limit", 1));
    JsonNode second = resend(Map.of("after", first.path("next").asText(), "limit", 1));

    assertThat(first.path("plans").findValuesAsText("dealId")).containsExactly("zz-backfill-b-1");
    assertThat(first.path("next").asText()).isEqualTo("zz-backfill-b-1");
    assertThat(second.path("plans").findValuesAsText("dealId")).containsExactly("zz-backfill-b-2");
  }

  @Test
  void aHandoffServiceThatCannotAnswerLeavesThePlanForTheNextRunAndSendsNothing() throws Exception {
    startHandedOver(anAcceptedHandoff("zz-backfill-c-1"));
    HANDOFF_SERVICE.stubFor(get(anyUrl()).willReturn(json(503, "{}")));
    RETENTION_SERVICE.resetRequests();

    JsonNode page = resend(Map.of("after", "zz-backfill-c-", "limit", 1));

    JsonNode plan = page.path("plans").get(0);
    assertThat(plan.path("lineage").asText()).isEqualTo("none");
    assertThat(plan.path("sentToRetention").asBoolean()).isFalse();
    assertThat(plan.path("problem").asText()).contains("handoff-service");
    assertThat(RETENTION_SERVICE.getAllServeEvents()).isEmpty();
    assertThat(read("/api/onboardings/zz-backfill-c-1").path("lineage").has("campaign")).isFalse();
  }

  @Test
  void onlyAdministratorsBackfill() {
    for (String role : List.of("account-manager", "cs-leader", "system", "service-agent")) {
      assertThat(as("someone", role, Map.of("after", "zz-backfill-z-")).getStatusCode())
          .as(role)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("ada", "admin", Map.of("after", "zz-backfill-z-")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void pastTheLastPlanThePageIsEmptyAndHasNoNext() throws Exception {
    JsonNode page = resend(Map.of("after", "zzzz"));

    assertThat(page.path("plans")).isEmpty();
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void rejectsALimitOutOfRangeNamingIt() throws Exception {
    ResponseEntity<String> response =
        http.postForEntity(RESEND, Map.of("limit", 201), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(response.getBody()).path("errors").findValuesAsText("field"))
        .containsExactly("limit");
  }

  private void start(AcceptedHandoffBuilder handoff) {
    startingOnboarding.start(handoff.withArr(48000).build(), "backfill-test");
  }

  /** A plan that reached first value and was handed over before the lineage travelled. */
  private void startHandedOver(AcceptedHandoffBuilder handoff) {
    String dealId = handoff.build().dealId();
    start(handoff);
    CHECKPOINTS.forEach(
        checkpoint ->
            completingCheckpoint.complete(
                new CompleteCheckpoint(dealId, checkpoint, "done", "amy", null)));
    RETENTION_SERVICE.stubFor(
        post("/api/customers/" + dealId + "/handover").willReturn(json(201, "{}")));
    handingOver.handOver(dealId);
  }

  private JsonNode resend(Map<String, Object> body) throws Exception {
    ResponseEntity<String> response = as("ada", "admin", body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private ResponseEntity<String> as(String user, String role, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(user, role));
    return http.exchange(RESEND, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode read(String path) throws Exception {
    return JSON.readTree(http.getForObject(path, String.class));
  }

  private static String acceptedHandoff(String dealId) {
    return """
        {"dealId":"%s","status":"ACCEPTED","customerName":"Acme Corp",
         "lineage":{"leadId":"L-7","campaign":"spring-launch","sourceChannel":"webinar",
           "interest":"demo-request","leadPlay":"event-follow-up","slaTier":"standard",
           "salesOwner":"sam","leadReceivedAt":"2026-11-02T09:00:00Z",
           "firstContactAt":"2026-11-02T09:42:00Z","minutesToFirstContact":42,
           "firstContactWithinSla":true,"dealWonAt":"2026-11-20T10:00:00Z","handoffReturns":1,
           "acceptedAt":"2026-11-23T15:30:00Z","hoursToAccept":26.5,
           "acceptingAccountManager":"amy"}}
        """
        .formatted(dealId);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
