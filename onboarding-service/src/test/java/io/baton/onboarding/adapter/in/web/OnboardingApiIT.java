package io.baton.onboarding.adapter.in.web;

import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.application.MarkingCheckpointBehind;
import io.baton.onboarding.application.StartingOnboarding;
import io.baton.onboarding.domain.PlanFixtures.AcceptedHandoffBuilder;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The onboarding API against the embedded MongoDB while the engine is unreachable: every change is
 * validated, refused when it contradicts the plan, recognised when repeated, and the message it
 * owes the process waits in the plan's outbox.
 */
@BatonServiceTest
class OnboardingApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate http;
  @LocalManagementPort private int managementPort;
  @Autowired private MongoTemplate mongo;
  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private MarkingCheckpointBehind markingCheckpointBehind;
  @Autowired private Clock clock;

  @Test
  void showsThePlanWithItsCheckpointsFromTheSegmentTemplate() throws Exception {
    start(
        anAcceptedHandoff("api-plan-1")
            .withArr(12000)
            .withPromise("SSO", "sam", LocalDate.parse("2027-01-15")));

    JsonNode plan = get("/api/onboardings/api-plan-1");

    assertThat(plan.path("segment").asText()).isEqualTo("smb");
    assertThat(plan.path("status").asText()).isEqualTo("on-track");
    assertThat(plan.path("overdue").asBoolean()).isFalse();
    assertThat(plan.path("contractDate").asText()).isEqualTo("2026-11-20");
    assertThat(plan.path("renewalDate").asText()).isEqualTo("2027-11-20");
    assertThat(plan.path("checkpoints").findValuesAsText("checkpointId"))
        .containsExactly("kickoff", "technical-setup", "training", "go-live", "first-value");
    assertThat(plan.path("checkpoints").findValuesAsText("status"))
        .containsExactly("on-track", "pending", "pending", "pending", "pending");
    assertThat(plan.path("checkpoints").get(3).path("inOrder").asBoolean()).isTrue();
    assertThat(plan.path("promises").get(0).path("status").asText()).isEqualTo("pending");
    assertThat(plan.path("version").asLong()).isZero();
  }

  @Test
  void answersAnUnknownPlanWithNotFound() throws Exception {
    ResponseEntity<String> response =
        http.getForEntity("/api/onboardings/never-accepted", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JSON.readTree(response.getBody()).path("detail").asText())
        .contains("never-accepted");
  }

  @Test
  void completesACheckpointWithEvidenceAndKeepsItsMessageForTheProcess() throws Exception {
    start(anAcceptedHandoff("api-complete-1"));

    ResponseEntity<String> response =
        complete("api-complete-1", "kickoff", completion("https://notes/kickoff"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode kickoff = JSON.readTree(response.getBody()).path("checkpoints").get(0);
    assertThat(kickoff.path("status").asText()).isEqualTo("done");
    assertThat(kickoff.path("evidence").asText()).isEqualTo("https://notes/kickoff");
    assertThat(kickoff.path("completedBy").asText()).isEqualTo("amy");
    assertThat(kickoff.path("daysLate").asLong()).isZero();
    assertThat(JSON.readTree(response.getBody()).path("checkpoints").get(1).path("status").asText())
        .isEqualTo("on-track");
    Document message = message("api-complete-1", "checkpoint-completed:api-complete-1/kickoff");
    assertThat(message.getString("messageName")).isEqualTo("checkpoint-completed");
    assertThat(message.getString("correlationKey")).isEqualTo("api-complete-1/kickoff");
    Document variables = message.get("variables", Document.class);
    assertThat(variables.getString("checkpointId")).isEqualTo("kickoff");
    assertThat(variables.getString("evidence")).isEqualTo("https://notes/kickoff");
    assertThat(variables.getString("completedAt")).isEqualTo(kickoff.path("completedAt").asText());
  }

  @Test
  void recognisesTheSameCompletionPostedTwice() throws Exception {
    start(anAcceptedHandoff("api-complete-2"));
    complete("api-complete-2", "kickoff", completion("notes"));

    ResponseEntity<String> again = complete("api-complete-2", "kickoff", completion("notes"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(outbox("api-complete-2"))
        .extracting(m -> m.getString("messageId"))
        .containsExactly(
            "onboarding-started:api-complete-2", "checkpoint-completed:api-complete-2/kickoff");
  }

  @Test
  void refusesToCompleteACheckpointAgainWithOtherEvidence() throws Exception {
    start(anAcceptedHandoff("api-complete-3"));
    complete("api-complete-3", "kickoff", completion("notes"));

    ResponseEntity<String> response =
        complete("api-complete-3", "kickoff", completion("other notes"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(JSON.readTree(response.getBody()).path("detail").asText())
        .contains("completed already");
    assertThat(
            get("/api/onboardings/api-complete-3")
                .path("checkpoints")
                .get(0)
                .path("evidence")
                .asText())
        .isEqualTo("notes");
  }

  @Test
  void refusesToCompleteACheckpointOutOfTheOrderItsTemplateEnforces() throws Exception {
    start(anAcceptedHandoff("api-complete-4"));

    ResponseEntity<String> response = complete("api-complete-4", "go-live", completion("live"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(response.getBody()).path("detail").asText())
        .contains("only be completed after kickoff, technical-setup, training");
    assertThat(outbox("api-complete-4")).hasSize(1);
  }

  @Test
  void rejectsACompletionWithoutEvidenceNamingTheField() throws Exception {
    start(anAcceptedHandoff("api-complete-5"));

    ResponseEntity<String> response =
        complete("api-complete-5", "kickoff", Map.of("evidence", " "));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("evidence");
  }

  @Test
  void rejectsACompletionInTheFutureBeforeThePlanOrNotADateNamingCompletedAt() throws Exception {
    start(anAcceptedHandoff("api-complete-6"));

    for (String completedAt :
        List.of("2999-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "yesterday")) {
      Map<String, Object> body = completion("notes");
      body.put("completedAt", completedAt);

      ResponseEntity<String> response = complete("api-complete-6", "kickoff", body);

      assertThat(response.getStatusCode()).as(completedAt).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(fields(response)).as(completedAt).containsExactly("completedAt");
    }
  }

  @Test
  void answersAnUnknownCheckpointOrPlanWithNotFound() {
    start(anAcceptedHandoff("api-complete-7"));

    assertThat(complete("api-complete-7", "launch-party", completion("notes")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(complete("api-no-such-plan", "kickoff", completion("notes")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void completingFirstValueStoresTheTimeToValueFromTheContractDate() throws Exception {
    LocalDate contractDate = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(40);
    start(anAcceptedHandoff("api-value-1").closedOn(contractDate));

    for (String checkpoint : List.of("kickoff", "technical-setup", "training", "go-live")) {
      assertThat(complete("api-value-1", checkpoint, completion("done")).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<String> response =
        complete("api-value-1", "first-value", completion("Customer confirmed 3-day onboarding"));

    JsonNode plan = JSON.readTree(response.getBody());
    assertThat(plan.path("status").asText()).isEqualTo("value-reached");
    assertThat(plan.path("timeToValueDays").asInt()).isEqualTo(40);
    assertThat(plan.path("firstValueAt").asText())
        .isEqualTo(plan.path("checkpoints").get(4).path("completedAt").asText());
    assertThat(metrics())
        .contains(
            "baton_onboarding_time_to_value_days_count{application=\"onboarding-service\",segment=\"mid-market\"}");
  }

  @Test
  void reportsABlockerAndKeepsItsMessageForTheProcess() throws Exception {
    start(anAcceptedHandoff("api-blocker-1"));

    ResponseEntity<String> response =
        post("/api/onboardings/api-blocker-1/blockers", blocker("technical-setup"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode blocker = JSON.readTree(response.getBody()).path("blockers").get(0);
    assertThat(blocker.path("blockerId").asText()).isEqualTo("blocker-1");
    assertThat(blocker.path("checkpointId").asText()).isEqualTo("technical-setup");
    assertThat(blocker.path("reportedBy").asText()).isEqualTo("tom");
    Document message = message("api-blocker-1", "blocker-reported:api-blocker-1/blocker-1");
    assertThat(message.getString("correlationKey")).isEqualTo("api-blocker-1/technical-setup");
    assertThat(message.get("variables", Document.class))
        .containsEntry("blockerId", "blocker-1")
        .containsEntry("checkpointId", "technical-setup")
        .containsEntry("blockerDescription", "Nobody can configure SSO");
  }

  @Test
  void recognisesTheSameBlockerReportedTwice() throws Exception {
    start(anAcceptedHandoff("api-blocker-2"));
    post("/api/onboardings/api-blocker-2/blockers", blocker("training"));

    ResponseEntity<String> again =
        post("/api/onboardings/api-blocker-2/blockers", blocker("training"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(again.getBody()).path("blockers")).hasSize(1);
    assertThat(outbox("api-blocker-2")).hasSize(2);
  }

  @Test
  void rejectsABlockerOnACheckpointThePlanDoesNotHaveOrWithoutADescription() throws Exception {
    start(anAcceptedHandoff("api-blocker-3"));

    ResponseEntity<String> unknown =
        post("/api/onboardings/api-blocker-3/blockers", blocker("launch-party"));
    ResponseEntity<String> incomplete =
        post("/api/onboardings/api-blocker-3/blockers", Map.of("checkpointId", "training"));

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(unknown)).containsExactly("checkpointId");
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(incomplete)).containsExactly("description");
    assertThat(
            post("/api/onboardings/api-no-such-plan/blockers", blocker("training")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void refusesABlockerOnACheckpointDoneAlready() {
    start(anAcceptedHandoff("api-blocker-4"));
    complete("api-blocker-4", "kickoff", completion("notes"));

    ResponseEntity<String> response =
        post("/api/onboardings/api-blocker-4/blockers", blocker("kickoff"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void confirmsAPromiseOnceAndRefusesToFlagItMissedAfterwards() throws Exception {
    start(
        anAcceptedHandoff("api-promise-1")
            .withPromise("SSO before go-live", "sam", LocalDate.parse("2027-01-15")));
    Map<String, Object> confirmation = Map.of("confirmedBy", "cleo", "note", "SSO is live");

    ResponseEntity<String> confirmed =
        post("/api/onboardings/api-promise-1/promises/promise-1/confirmation", confirmation);
    ResponseEntity<String> again =
        post("/api/onboardings/api-promise-1/promises/promise-1/confirmation", confirmation);
    ResponseEntity<String> missed =
        post(
            "/api/onboardings/api-promise-1/promises/promise-1/miss",
            Map.of("reason", "No SSO", "reportedBy", "amy"));

    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode promise = JSON.readTree(confirmed.getBody()).path("promises").get(0);
    assertThat(promise.path("status").asText()).isEqualTo("confirmed");
    assertThat(promise.path("recordedBy").asText()).isEqualTo("cleo");
    assertThat(promise.path("note").asText()).isEqualTo("SSO is live");
    assertThat(promise.path("recordedAt").isTextual()).isTrue();
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(missed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(outbox("api-promise-1")).hasSize(1);
  }

  @Test
  void flagsAPromiseMissedKeepsItsMessageAndRefusesToConfirmItAfterwards() throws Exception {
    start(anAcceptedHandoff("api-promise-2").withPromise("Salesforce sync", "sam", null));
    Map<String, Object> miss = Map.of("reason", "Sync is not in the product", "reportedBy", "amy");

    ResponseEntity<String> missed =
        post("/api/onboardings/api-promise-2/promises/promise-1/miss", miss);
    ResponseEntity<String> again =
        post("/api/onboardings/api-promise-2/promises/promise-1/miss", miss);
    ResponseEntity<String> confirmed =
        post(
            "/api/onboardings/api-promise-2/promises/promise-1/confirmation",
            Map.of("confirmedBy", "cleo"));

    assertThat(missed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(missed.getBody()).path("promises").get(0).path("status").asText())
        .isEqualTo("missed");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(confirmed.getBody()).path("detail").asText())
        .contains("flagged as missed");
    Document message = message("api-promise-2", "promise-missed:api-promise-2/promise-1");
    assertThat(message.getString("correlationKey")).isEqualTo("api-promise-2");
    assertThat(message.get("variables", Document.class))
        .containsEntry("promiseId", "promise-1")
        .containsEntry("promiseText", "Salesforce sync")
        .containsEntry("missedReason", "Sync is not in the product");
    assertThat(outbox("api-promise-2")).hasSize(2);
  }

  @Test
  void rejectsPromiseChangesWithoutTheirFieldsAndAnswersAnUnknownPromiseWithNotFound()
      throws Exception {
    start(anAcceptedHandoff("api-promise-3").withPromise("SSO", "sam", null));

    ResponseEntity<String> confirmation =
        post("/api/onboardings/api-promise-3/promises/promise-1/confirmation", Map.of());
    ResponseEntity<String> miss =
        post("/api/onboardings/api-promise-3/promises/promise-1/miss", Map.of("reason", ""));
    ResponseEntity<String> unknown =
        post(
            "/api/onboardings/api-promise-3/promises/promise-9/confirmation",
            Map.of("confirmedBy", "cleo"));

    assertThat(fields(confirmation)).containsExactly("confirmedBy");
    assertThat(fields(miss)).containsExactly("reason");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void listsThePlansBehindScheduleAndThoseOverdue() throws Exception {
    start(anAcceptedHandoff("api-list-1").managedBy("lisa"));
    start(anAcceptedHandoff("api-list-2").managedBy("lisa"));
    start(anAcceptedHandoff("api-list-3").managedBy("lisa").withArr(150000));
    markingCheckpointBehind.markBehind("api-list-1", "kickoff");
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is("api-list-2")),
        new Update().set("checkpoints.0.dueAt", clock.instant().minus(Duration.ofHours(30))),
        "onboardings");

    JsonNode behind = get("/api/onboardings?status=behind&accountManager=lisa");
    JsonNode overdue = get("/api/onboardings?overdue=true&accountManager=lisa");
    JsonNode enterprise = get("/api/onboardings?segment=enterprise&accountManager=lisa");

    assertThat(behind.findValuesAsText("dealId")).containsExactly("api-list-1");
    assertThat(behind.get(0).path("checkpoints").get(0).path("status").asText())
        .isEqualTo("behind");
    assertThat(behind.get(0).path("checkpoints").get(0).path("behindSince").isTextual()).isTrue();
    assertThat(overdue.findValuesAsText("dealId")).containsExactly("api-list-2");
    assertThat(overdue.get(0).path("overdue").asBoolean()).isTrue();
    assertThat(overdue.get(0).path("checkpoints").get(0).path("daysLate").asLong()).isEqualTo(2);
    assertThat(enterprise.findValuesAsText("dealId")).containsExactly("api-list-3");
    assertThat(metrics())
        .contains(
            "baton_onboarding_checkpoint_slips_total{application=\"onboarding-service\",checkpoint=\"kickoff\"}")
        .contains(
            "baton_onboarding_plans_started_total{application=\"onboarding-service\",segment=\"enterprise\"}")
        .contains("baton_onboarding_behind");
  }

  @Test
  void rejectsListParametersOutOfRangeNamingThem() throws Exception {
    assertThat(fields(http.getForEntity("/api/onboardings?status=late", String.class)))
        .containsExactly("status");
    assertThat(fields(http.getForEntity("/api/onboardings?limit=0", String.class)))
        .containsExactly("limit");
    assertThat(fields(http.getForEntity("/api/onboardings?limit=many", String.class)))
        .containsExactly("limit");
    assertThat(fields(http.getForEntity("/api/onboardings?segment=giant", String.class)))
        .containsExactly("segment");
    assertThat(fields(http.getForEntity("/api/onboardings?overdue=maybe", String.class)))
        .containsExactly("overdue");
  }

  @Test
  void reportsTimeToValuePerMonthOfCloseAndSegment() throws Exception {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate monthStart = today.minusMonths(70).withDayOfMonth(1);
    start(anAcceptedHandoff("api-ttv-1").closedOn(monthStart));
    start(anAcceptedHandoff("api-ttv-2").closedOn(monthStart.plusDays(10)));
    start(anAcceptedHandoff("api-ttv-3").closedOn(monthStart.plusDays(20)));
    start(anAcceptedHandoff("api-ttv-4").closedOn(monthStart).withArr(150000));
    reachFirstValue("api-ttv-1");
    reachFirstValue("api-ttv-2");
    String month = monthStart.toString().substring(0, 7);

    JsonNode cohorts = get("/api/onboardings/time-to-value?from=" + month + "&to=" + month);

    long first = ChronoUnit.DAYS.between(monthStart, today);
    assertThat(cohorts).hasSize(2);
    assertThat(cohorts.get(0).path("segment").asText()).isEqualTo("enterprise");
    assertThat(cohorts.get(0).path("reachedFirstValue").asInt()).isZero();
    assertThat(cohorts.get(0).has("medianDays")).isFalse();
    JsonNode midMarket = cohorts.get(1);
    assertThat(midMarket.path("closeMonth").asText()).isEqualTo(month);
    assertThat(midMarket.path("segment").asText()).isEqualTo("mid-market");
    assertThat(midMarket.path("plans").asInt()).isEqualTo(3);
    assertThat(midMarket.path("reachedFirstValue").asInt()).isEqualTo(2);
    assertThat(midMarket.path("medianDays").asDouble()).isEqualTo(first - 5.0);
    assertThat(midMarket.path("p90Days").asDouble()).isEqualTo(first - 1.0);
    assertThat(
            get("/api/onboardings/time-to-value?segment=enterprise&from=" + month + "&to=" + month))
        .hasSize(1);
  }

  @Test
  void rejectsTimeToValueParametersNamingThem() throws Exception {
    assertThat(
            fields(http.getForEntity("/api/onboardings/time-to-value?from=2026-13", String.class)))
        .containsExactly("from");
    assertThat(
            fields(
                http.getForEntity(
                    "/api/onboardings/time-to-value?from=2026-11&to=2026-10", String.class)))
        .containsExactly("from");
    assertThat(
            fields(http.getForEntity("/api/onboardings/time-to-value?segment=giant", String.class)))
        .containsExactly("segment");
  }

  @Test
  void describesEveryEndpointInTheOpenApiDocument() throws Exception {
    JsonNode paths = get("/v3/api-docs").path("paths");

    assertThat(paths.fieldNames())
        .toIterable()
        .contains(
            "/api/onboardings",
            "/api/onboardings/{dealId}",
            "/api/onboardings/time-to-value",
            "/api/onboardings/{dealId}/checkpoints/{checkpointId}/completion",
            "/api/onboardings/{dealId}/blockers",
            "/api/onboardings/{dealId}/promises/{promiseId}/confirmation",
            "/api/onboardings/{dealId}/promises/{promiseId}/miss",
            "/api/onboardings/lineage/resend");
    assertThat(
            paths
                .path("/api/onboardings/{dealId}/checkpoints/{checkpointId}/completion")
                .path("post")
                .path("responses")
                .fieldNames())
        .toIterable()
        .contains("200", "201", "400", "404", "409");
  }

  /**
   * amy and alex are both account managers; the plan is amy's. For alex it does not exist: reading
   * it, completing a checkpoint and reporting a blocker are 404, and his list does not hold it.
   */
  @Test
  void anAccountManagerSeesAndChangesOnlyTheirOwnPlans() throws Exception {
    start(anAcceptedHandoff("api-own-1").managedBy("amy"));
    HttpHeaders asAlex = new HttpHeaders();
    asAlex.setBearerAuth(TestTokens.of("alex", "account-manager"));
    HttpHeaders asAmy = new HttpHeaders();
    asAmy.setBearerAuth(TestTokens.of("amy", "account-manager"));

    assertThat(
            http.exchange(
                    "/api/onboardings/api-own-1",
                    HttpMethod.GET,
                    new HttpEntity<>(asAmy),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            http.exchange(
                    "/api/onboardings/api-own-1",
                    HttpMethod.GET,
                    new HttpEntity<>(asAlex),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.exchange(
                    "/api/onboardings/api-own-1/checkpoints/kickoff/completion",
                    HttpMethod.POST,
                    new HttpEntity<>(Map.of("evidence", "alex was here"), asAlex),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.exchange(
                    "/api/onboardings/api-own-1/blockers",
                    HttpMethod.POST,
                    new HttpEntity<>(
                        Map.of("checkpointId", "training", "description", "alex was here"), asAlex),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            JSON.readTree(
                    http.exchange(
                            "/api/onboardings?limit=500",
                            HttpMethod.GET,
                            new HttpEntity<>(asAlex),
                            String.class)
                        .getBody())
                .findValuesAsText("dealId"))
        .doesNotContain("api-own-1");
    JsonNode plan = get("/api/onboardings/api-own-1");
    assertThat(plan.path("checkpoints").get(0).path("status").asText())
        .as("amy's kickoff after alex's tries")
        .isNotEqualTo("done");
    assertThat(plan.path("blockers").isArray()).isTrue();
    assertThat(plan.path("blockers")).as("amy's blockers after alex's tries").isEmpty();
  }

  /**
   * amy and alex are both account managers with a plan each in the same cohort; only amy's reached
   * first value. Each one's time to value counts only their own plan; a CS leader's counts both.
   */
  @Test
  void anAccountManagersTimeToValueCountsOnlyTheirOwnPlans() throws Exception {
    LocalDate monthStart =
        LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(90).withDayOfMonth(1);
    start(anAcceptedHandoff("api-ttv-own-amy").managedBy("amy").closedOn(monthStart));
    start(anAcceptedHandoff("api-ttv-own-alex").managedBy("alex").closedOn(monthStart));
    reachFirstValue("api-ttv-own-amy");
    String month = monthStart.toString().substring(0, 7);
    String path = "/api/onboardings/time-to-value?from=" + month + "&to=" + month;

    JsonNode amys = timeToValueAs("amy", "account-manager", path);
    JsonNode alexs = timeToValueAs("alex", "account-manager", path);
    JsonNode everyones = timeToValueAs("cleo", "cs-leader", path);

    assertThat(amys).hasSize(1);
    assertThat(amys.get(0).path("plans").asInt()).isEqualTo(1);
    assertThat(amys.get(0).path("reachedFirstValue").asInt()).isEqualTo(1);
    assertThat(alexs).hasSize(1);
    assertThat(alexs.get(0).path("plans").asInt()).isEqualTo(1);
    assertThat(alexs.get(0).path("reachedFirstValue").asInt())
        .as("amy's first value in alex's figures")
        .isZero();
    assertThat(alexs.get(0).has("medianDays")).isFalse();
    assertThat(everyones).hasSize(1);
    assertThat(everyones.get(0).path("plans").asInt()).isEqualTo(2);
    assertThat(everyones.get(0).path("reachedFirstValue").asInt()).isEqualTo(1);
  }

  private JsonNode timeToValueAs(String username, String role, String path) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(username, role));
    ResponseEntity<String> response =
        http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).as(username + " reads " + path).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  /**
   * Who completed a checkpoint or reported a blocker is the signed-in user, whatever the body says.
   */
  @Test
  void takesWhoDidItFromTheTokenAndRefusesABodyNamingSomeoneElse() throws Exception {
    start(anAcceptedHandoff("api-actor-1"));
    HttpHeaders asAnn = new HttpHeaders();
    asAnn.setBearerAuth(TestTokens.of("ann", "admin"));

    ResponseEntity<String> impersonating =
        http.exchange(
            "/api/onboardings/api-actor-1/checkpoints/kickoff/completion",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("evidence", "notes", "completedBy", "amy"), asAnn),
            String.class);
    ResponseEntity<String> completed =
        http.exchange(
            "/api/onboardings/api-actor-1/checkpoints/kickoff/completion",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("evidence", "notes"), asAnn),
            String.class);
    ResponseEntity<String> blocked =
        http.exchange(
            "/api/onboardings/api-actor-1/blockers",
            HttpMethod.POST,
            new HttpEntity<>(
                Map.of(
                    "checkpointId",
                    "training",
                    "description",
                    "No room booked",
                    "reportedBy",
                    "tom"),
                asAnn),
            String.class);

    assertThat(impersonating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(impersonating)).containsExactly("completedBy");
    assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(blocked)).containsExactly("reportedBy");
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            JSON.readTree(completed.getBody())
                .path("checkpoints")
                .get(0)
                .path("completedBy")
                .asText())
        .isEqualTo("ann");
  }

  private void reachFirstValue(String dealId) {
    for (String checkpoint :
        List.of("kickoff", "technical-setup", "training", "go-live", "first-value")) {
      assertThat(complete(dealId, checkpoint, completion("done")).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
  }

  private void start(AcceptedHandoffBuilder handoff) {
    startingOnboarding.start(handoff.build(), "api-test");
  }

  private ResponseEntity<String> complete(
      String dealId, String checkpointId, Map<String, Object> body) {
    return post(
        "/api/onboardings/" + dealId + "/checkpoints/" + checkpointId + "/completion", body);
  }

  private static Map<String, Object> completion(String evidence) {
    Map<String, Object> body = new HashMap<>();
    body.put("evidence", evidence);
    body.put("completedBy", "amy");
    return body;
  }

  private static Map<String, Object> blocker(String checkpointId) {
    return Map.of(
        "checkpointId",
        checkpointId,
        "description",
        "Nobody can configure SSO",
        "reportedBy",
        "tom");
  }

  private ResponseEntity<String> post(String path, Object body) {
    return http.postForEntity(path, body, String.class);
  }

  private JsonNode get(String path) throws Exception {
    ResponseEntity<String> response = http.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private List<Document> outbox(String dealId) {
    return mongo
        .getCollection("onboardings")
        .find(new Document("_id", dealId))
        .first()
        .getList("outbox", Document.class);
  }

  private Document message(String dealId, String messageId) {
    return outbox(dealId).stream()
        .filter(m -> messageId.equals(m.getString("messageId")))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return JSON.readTree(response.getBody()).path("errors").findValuesAsText("field");
  }

  /** What Prometheus scrapes, from the management port. */
  private String metrics() {
    return http.getForObject(
        "http://localhost:" + managementPort + "/actuator/prometheus", String.class);
  }
}
