package io.baton.retention.saveplay.adapter.in.web;

import static io.baton.retention.RetentionApi.aSavePlayRequest;
import static io.baton.retention.RetentionApi.concurrently;
import static io.baton.retention.RetentionApi.fields;
import static io.baton.retention.RetentionApi.newId;
import static io.baton.retention.RetentionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.retention.saveplay.application.DecideSavePlay;
import io.baton.retention.saveplay.application.DecidingSavePlay;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Save plays through the API while the engine is unreachable: at most one active per customer, its
 * {@code save-play-requested} message waits in its outbox, outcomes close it once, and the revenue
 * view counts what each play kept.
 */
@BatonServiceTest
class SavePlayApiIT {

  @Autowired private TestRestTemplate http;
  @LocalManagementPort private int managementPort;
  @Autowired private MongoTemplate mongo;
  @Autowired private DecidingSavePlay decidingSavePlay;
  private RetentionApi api;

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @Test
  void startsASavePlayForAnAgentAndKeepsItsMessageUntilTheEngineTakesIt() {
    String customerId = api.active(newId("deal"), Map.of("segment", "enterprise"));

    ResponseEntity<String> response = requestSavePlay(customerId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode intervention = read(response);
    String interventionId = intervention.path("interventionId").asText();
    assertThat(response.getHeaders().getLocation())
        .hasToString("/api/save-plays/" + interventionId);
    assertThat(intervention.path("status").asText()).isEqualTo("active");
    assertThat(intervention.path("riskReasons").get(0).asText()).isEqualTo("agent-request");
    assertThat(intervention.path("triggers").get(0).path("sourceTicket").asText())
        .isEqualTo("T-42");
    Document stored =
        mongo.getCollection("interventions").find(new Document("_id", interventionId)).first();
    assertThat(stored.getString("activeCustomerId")).isEqualTo(customerId);
    assertThat(stored.getList("outbox", Document.class))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.getString("messageName")).isEqualTo("save-play-requested");
              assertThat(message.getString("messageId"))
                  .isEqualTo("save-play-requested:" + interventionId);
              assertThat(message.getString("correlationKey")).isEqualTo(customerId);
              assertThat(message.get("publishedAt")).isNull();
              Document variables = message.get("variables", Document.class);
              assertThat(variables.getString("segment")).isEqualTo("enterprise");
              assertThat(variables.getDouble("arr")).isEqualTo(48000.0);
              assertThat(variables.getInteger("healthScore")).isEqualTo(90);
              assertThat(variables.getList("riskReasons", String.class))
                  .containsExactly("agent-request");
              assertThat(variables.getString("triggerReason"))
                  .isEqualTo("Unhappy with SSO rollout");
              assertThat(variables.getString("correlationId")).isNotBlank();
            });
    assertThat(
            api.json("/api/customers/" + customerId)
                .path("activeIntervention")
                .path("interventionId")
                .asText())
        .isEqualTo(interventionId);
  }

  @Test
  void attachesASecondRequestToTheRunningSavePlay() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = read(requestSavePlay(customerId)).path("interventionId").asText();
    Map<String, Object> second = aSavePlayRequest();
    second.put("triggeredBy", "sue");

    ResponseEntity<String> response =
        api.post("/api/customers/" + customerId + "/save-plays", second);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(response).path("interventionId").asText()).isEqualTo(interventionId);
    assertThat(read(response).path("triggers").findValuesAsText("triggeredBy"))
        .containsExactly("sam", "sue");
    assertThat(
            mongo
                .getCollection("interventions")
                .countDocuments(new Document("customerId", customerId)))
        .isEqualTo(1);
  }

  @Test
  void startsOneSavePlayForRequestsThatArriveAtOnce() throws Exception {
    String customerId = api.active(newId("deal"), Map.of());

    List<Integer> statuses =
        concurrently(8, () -> requestSavePlay(customerId).getStatusCode().value());

    assertThat(Collections.frequency(statuses, 201)).isEqualTo(1);
    assertThat(Collections.frequency(statuses, 200)).isEqualTo(7);
    Document stored =
        mongo.getCollection("interventions").find(new Document("customerId", customerId)).first();
    assertThat(
            mongo
                .getCollection("interventions")
                .countDocuments(new Document("customerId", customerId)))
        .isEqualTo(1);
    assertThat(stored.getList("triggers", Document.class)).hasSize(8);
    assertThat(stored.getList("outbox", Document.class)).hasSize(1);
  }

  @Test
  void rejectsARequestWithoutReason() {
    String customerId = api.active(newId("deal"), Map.of());

    ResponseEntity<String> response =
        api.post("/api/customers/" + customerId + "/save-plays", Map.of("sourceTicket", "T-1"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("reason");
  }

  @Test
  void answersASavePlayForAnUnknownCustomerOrAnUnknownSavePlayWithNotFound() {
    ResponseEntity<String> unknownCustomer = requestSavePlay(newId("never"));
    ResponseEntity<String> unknownPlay = api.get("/api/save-plays/" + newId("sp"));
    ResponseEntity<String> unknownOutcome =
        api.post(
            "/api/save-plays/" + newId("sp") + "/outcome",
            Map.of("outcome", "saved", "workedBy", "amy", "play", "call"));

    assertThat(unknownCustomer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownPlay.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownPlay.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(unknownOutcome.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void listsSavePlaysByStatusAndCustomer() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = read(requestSavePlay(customerId)).path("interventionId").asText();

    JsonNode active = api.json("/api/save-plays?status=active&customerId=" + customerId);
    JsonNode closed = api.json("/api/save-plays?status=closed&customerId=" + customerId);

    assertThat(active.findValuesAsText("interventionId")).containsExactly(interventionId);
    assertThat(closed).isEmpty();
    assertThat(fields(api.get("/api/save-plays?status=paused"))).containsExactly("status");
    assertThat(fields(api.get("/api/save-plays?limit=501"))).containsExactly("limit");
  }

  @Test
  void recordsTheOutcomeOnceClosesTheSavePlayAndLowersTheCustomersArr() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = read(requestSavePlay(customerId)).path("interventionId").asText();
    Map<String, Object> downgraded =
        Map.of(
            "outcome",
            "downgraded",
            "arrAfter",
            30000,
            "workedBy",
            "amy",
            "play",
            "discount",
            "notes",
            "Fewer seats");

    ResponseEntity<String> recorded =
        api.post("/api/save-plays/" + interventionId + "/outcome", downgraded);
    ResponseEntity<String> again =
        api.post("/api/save-plays/" + interventionId + "/outcome", downgraded);
    ResponseEntity<String> different =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "saved", "workedBy", "amy"));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode outcome = read(recorded).path("outcome");
    assertThat(read(recorded).path("status").asText()).isEqualTo("closed");
    assertThat(outcome.path("outcome").asText()).isEqualTo("downgraded");
    assertThat(outcome.path("arrKept").decimalValue()).isEqualByComparingTo("30000");
    assertThat(outcome.path("arrLost").decimalValue()).isEqualByComparingTo("18000");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("version").asLong())
        .isEqualTo(read(recorded).path("version").asLong());
    assertThat(different.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(different.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode customer = api.json("/api/customers/" + customerId);
    assertThat(customer.path("arr").decimalValue()).isEqualByComparingTo("30000");
    assertThat(customer.path("activeIntervention").isMissingNode()).isTrue();

    ResponseEntity<String> next = requestSavePlay(customerId);
    assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(read(next).path("interventionId").asText()).isNotEqualTo(interventionId);
  }

  @Test
  void rejectsAnOutcomeThatDoesNotFitNamingTheField() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = read(requestSavePlay(customerId)).path("interventionId").asText();

    ResponseEntity<String> noArr =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "downgraded", "workedBy", "amy", "play", "call"));
    ResponseEntity<String> noPlay =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "saved", "workedBy", "amy"));
    ResponseEntity<String> unknownOutcome =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "maybe", "workedBy", "amy"));

    assertThat(noArr.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(noArr)).containsExactly("arrAfter");
    assertThat(fields(noPlay)).containsExactly("play");
    assertThat(fields(unknownOutcome)).containsExactly("outcome");
    assertThat(api.json("/api/save-plays/" + interventionId).path("status").asText())
        .isEqualTo("active");
  }

  @Test
  void importsASavePlayFromAnOldTicketWithTheOutcomeDatedWhenTheCustomerDecided() {
    String customerId = api.active(newId("deal"), Map.of("contractDate", "2025-02-01"));
    Map<String, Object> request = aSavePlayRequest();
    request.put("requestedAt", "2025-06-02T14:30:00Z");

    ResponseEntity<String> requested =
        api.post("/api/customers/" + customerId + "/save-plays", request);

    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode started = read(requested);
    String interventionId = started.path("interventionId").asText();
    assertThat(Instant.parse(started.path("startedAt").asText()))
        .isEqualTo(Instant.parse("2025-06-02T14:30:00Z"));
    assertThat(Instant.parse(started.path("triggers").get(0).path("at").asText()))
        .isEqualTo(Instant.parse("2025-06-02T14:30:00Z"));
    assertThat(
            Instant.parse(
                api.json("/api/customers/" + customerId)
                    .path("activeIntervention")
                    .path("startedAt")
                    .asText()))
        .isEqualTo(Instant.parse("2025-06-02T14:30:00Z"));

    Map<String, Object> downgraded = new HashMap<>();
    downgraded.put("outcome", "downgraded");
    downgraded.put("arrAfter", 30000);
    downgraded.put("play", "discount");
    downgraded.put("decidedAt", "2025-06-20T23:15:00Z");
    ResponseEntity<String> recorded =
        api.post("/api/save-plays/" + interventionId + "/outcome", downgraded);
    ResponseEntity<String> again =
        api.post("/api/save-plays/" + interventionId + "/outcome", downgraded);
    downgraded.put("decidedAt", "2025-06-21T09:00:00Z");
    ResponseEntity<String> otherDay =
        api.post("/api/save-plays/" + interventionId + "/outcome", downgraded);

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode closed = read(recorded);
    assertThat(Instant.parse(closed.path("closedAt").asText()))
        .isEqualTo(Instant.parse("2025-06-20T23:15:00Z"));
    assertThat(Instant.parse(closed.path("outcome").path("recordedAt").asText()))
        .isEqualTo(Instant.parse("2025-06-20T23:15:00Z"));
    assertThat(closed.path("outcome").path("arrLost").decimalValue()).isEqualByComparingTo("18000");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(otherDay.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode customer = api.json("/api/customers/" + customerId);
    assertThat(customer.path("arr").decimalValue()).isEqualByComparingTo("30000");
    assertThat(customer.path("arrChanges")).hasSize(1);
    assertThat(customer.path("arrChanges").get(0).path("on").asText()).isEqualTo("2025-06-20");
    assertThat(customer.path("arrChanges").get(0).path("cause").asText()).isEqualTo("downgraded");
  }

  @Test
  void anOutcomeDecidedBeforeALaterArrChangeGoesBeforeItAndLeavesTheArrNow() {
    String customerId = api.active(newId("deal"), Map.of("contractDate", "2025-02-01"));
    Map<String, Object> request = aSavePlayRequest();
    request.put("requestedAt", "2025-06-02T14:30:00Z");
    String interventionId =
        read(api.post("/api/customers/" + customerId + "/save-plays", request))
            .path("interventionId")
            .asText();
    Map<String, Object> expanded = RetentionApi.aCustomer();
    expanded.put("contractDate", "2025-02-01");
    expanded.put("arr", 70000);
    assertThat(api.putCustomer(customerId, expanded).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> recorded =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of(
                "outcome",
                "downgraded",
                "arrAfter",
                30000,
                "play",
                "discount",
                "decidedAt",
                "2025-06-20T10:00:00Z"));

    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(recorded).path("outcome").path("arrBefore").decimalValue())
        .as("the ARR the customer had when it decided")
        .isEqualByComparingTo("48000");
    JsonNode customer = api.json("/api/customers/" + customerId);
    assertThat(customer.path("arrChanges").findValuesAsText("cause"))
        .containsExactly("downgraded", "profile");
    assertThat(customer.path("arrChanges").get(0).path("on").asText()).isEqualTo("2025-06-20");
    assertThat(customer.path("arrChanges").get(1).path("on").asText())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(customer.path("arr").decimalValue()).isEqualByComparingTo("70000");
  }

  @Test
  void rejectsASavePlayRequestedBeforeTheContractOrInTheFutureNamingRequestedAt() {
    String customerId = api.active(newId("deal"), Map.of("contractDate", "2025-02-01"));
    Map<String, Object> beforeContract = aSavePlayRequest();
    beforeContract.put("requestedAt", "2025-01-31T23:59:59Z");
    Map<String, Object> future = aSavePlayRequest();
    future.put("requestedAt", Instant.now().plusSeconds(3600).toString());

    ResponseEntity<String> early =
        api.post("/api/customers/" + customerId + "/save-plays", beforeContract);
    ResponseEntity<String> later = api.post("/api/customers/" + customerId + "/save-plays", future);

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(early)).containsExactly("requestedAt");
    assertThat(later.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(later)).containsExactly("requestedAt");
    assertThat(api.json("/api/customers/" + customerId).path("activeIntervention").isMissingNode())
        .isTrue();
  }

  @Test
  void rejectsAnOutcomeDecidedBeforeTheRequestOrInTheFutureNamingDecidedAt() {
    String customerId = api.active(newId("deal"), Map.of("contractDate", "2025-02-01"));
    Map<String, Object> request = aSavePlayRequest();
    request.put("requestedAt", "2025-06-02T14:30:00Z");
    String interventionId =
        read(api.post("/api/customers/" + customerId + "/save-plays", request))
            .path("interventionId")
            .asText();

    ResponseEntity<String> early =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "churned", "play", "call", "decidedAt", "2025-06-02T14:29:59Z"));
    ResponseEntity<String> later =
        api.post(
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of(
                "outcome",
                "churned",
                "play",
                "call",
                "decidedAt",
                Instant.now().plusSeconds(3600).toString()));

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(early)).containsExactly("decidedAt");
    assertThat(later.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(later)).containsExactly("decidedAt");
    assertThat(api.json("/api/save-plays/" + interventionId).path("status").asText())
        .isEqualTo("active");
    assertThat(api.json("/api/customers/" + customerId).path("lifecycle").asText())
        .isEqualTo("active");
  }

  @Test
  void aChurnedCustomerGetsNoNewSavePlay() {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = read(requestSavePlay(customerId)).path("interventionId").asText();
    api.post(
        "/api/save-plays/" + interventionId + "/outcome",
        Map.of("outcome", "churned", "workedBy", "amy", "play", "call"));

    ResponseEntity<String> response = requestSavePlay(customerId);

    assertThat(api.json("/api/customers/" + customerId).path("lifecycle").asText())
        .isEqualTo("churned");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void showsWhatEachPlayKeptTheRetentionOfEachCohortAndTheArrAtRiskNow() {
    String play = "revenue-check-" + newId("play").substring(5);
    String expanded =
        api.active(newId("deal"), Map.of("arr", 100000, "contractDate", "2019-03-10"));
    String downgraded =
        api.active(newId("deal"), Map.of("arr", 100000, "contractDate", "2019-03-20"));
    String saving = read(requestSavePlay(expanded)).path("interventionId").asText();
    String losing = read(requestSavePlay(downgraded)).path("interventionId").asText();
    decidingSavePlay.recordDecision(
        new DecideSavePlay(saving, play, "Revenue check", "amy", Map.of("band", "green")));
    api.post(
        "/api/save-plays/" + saving + "/outcome",
        Map.of("outcome", "saved", "arrAfter", 150000, "workedBy", "amy"));
    api.post(
        "/api/save-plays/" + losing + "/outcome",
        Map.of("outcome", "downgraded", "arrAfter", 60000, "workedBy", "amy", "play", play));
    BigDecimal atRiskBefore =
        api.json("/api/save-plays/revenue").path("arrAtRisk").path("total").decimalValue();
    String yellow = api.registered(newId("deal"), Map.of("arr", 12345));
    api.signals(yellow, "champion-left", "champion-left", "payment-late", "payment-late");

    JsonNode revenue = api.json("/api/save-plays/revenue");

    JsonNode results = find(revenue.path("plays"), "play", play);
    assertThat(results.path("interventions").asLong()).isEqualTo(2);
    assertThat(results.path("saved").asLong()).isEqualTo(1);
    assertThat(results.path("downgraded").asLong()).isEqualTo(1);
    assertThat(results.path("winRate").asDouble()).isEqualTo(0.5);
    assertThat(results.path("savedArr").decimalValue()).isEqualByComparingTo("160000");
    assertThat(results.path("lostArr").decimalValue()).isEqualByComparingTo("40000");
    JsonNode cohort = find(revenue.path("cohorts"), "cohort", "2019-03");
    assertThat(cohort.path("customers").asLong()).isEqualTo(2);
    assertThat(cohort.path("startingArr").decimalValue()).isEqualByComparingTo("200000");
    assertThat(cohort.path("currentArr").decimalValue()).isEqualByComparingTo("210000");
    assertThat(cohort.path("grossRevenueRetention").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(cohort.path("netRevenueRetention").decimalValue()).isEqualByComparingTo("1.05");
    assertThat(revenue.path("arrAtRisk").path("total").decimalValue())
        .isEqualByComparingTo(atRiskBefore.add(new BigDecimal("12345")));
  }

  @Test
  void exportsTheRetentionMetrics() {
    String customerId = api.active(newId("deal"), Map.of());
    requestSavePlay(customerId);
    api.signals(customerId, "support-ticket-opened");

    String metrics =
        http.getForObject(
            "http://localhost:" + managementPort + "/actuator/prometheus", String.class);

    assertThat(metrics)
        .contains(
            "baton_retention_interventions_started_total{application=\"retention-service\",reason=\"agent-request\"}")
        .contains(
            "baton_retention_signals_received_total{application=\"retention-service\",duplicate=\"false\",type=\"support-ticket-opened\"}")
        .contains("baton_retention_health_recomputes_total")
        .contains("baton_retention_arr_at_risk{application=\"retention-service\"}");
  }

  /**
   * amy and alex are both account managers; the customer and its save play are amy's. For alex they
   * do not exist: every read, the context with the customer's health and promises, the outcome and
   * a new request are 404, and alex's list holds only alex's save plays. A service agent sees all.
   */
  @Test
  void anAccountManagerSeesAndWorksOnlyTheSavePlaysOfTheirOwnCustomers() {
    String amys = api.active(newId("deal"), Map.of("accountManager", "amy"));
    String alexs = api.active(newId("deal"), Map.of("accountManager", "alex"));
    String amysPlay = read(requestSavePlay(amys)).path("interventionId").asText();
    String alexsPlay = read(requestSavePlay(alexs)).path("interventionId").asText();
    String amy = TestTokens.of("amy", "account-manager");
    String alex = TestTokens.of("alex", "account-manager");

    assertThat(as(amy, HttpMethod.GET, "/api/save-plays/" + amysPlay, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            as(amy, HttpMethod.GET, "/api/save-plays/" + amysPlay + "/context", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String path :
        List.of("/api/save-plays/" + amysPlay, "/api/save-plays/" + amysPlay + "/context")) {
      ResponseEntity<String> answer = as(alex, HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode()).as("alex reads " + path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(answer.getBody()).doesNotContain("Acme Corp");
    }
    assertThat(
            as(
                    alex,
                    HttpMethod.POST,
                    "/api/save-plays/" + amysPlay + "/outcome",
                    Map.of("outcome", "churned", "workedBy", "alex"))
                .getStatusCode())
        .as("alex records the outcome of amy's save play")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            as(alex, HttpMethod.POST, "/api/customers/" + amys + "/save-plays", aSavePlayRequest())
                .getStatusCode())
        .as("alex asks for a save play for amy's customer")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.json("/api/save-plays/" + amysPlay).path("status").asText())
        .as("amy's save play after alex's tries")
        .isEqualTo("active");
    assertThat(
            read(as(alex, HttpMethod.GET, "/api/save-plays?limit=500", null))
                .findValuesAsText("interventionId"))
        .contains(alexsPlay)
        .doesNotContain(amysPlay);
    assertThat(read(as(alex, HttpMethod.GET, "/api/save-plays?customerId=" + amys, null)))
        .isEmpty();
    assertThat(as(alex, HttpMethod.GET, "/api/customers/" + amys, null).getStatusCode())
        .as("alex reads amy's customer")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            read(as(
                    TestTokens.of("sue", "service-agent"),
                    HttpMethod.GET,
                    "/api/save-plays?limit=500",
                    null))
                .findValuesAsText("interventionId"))
        .contains(amysPlay, alexsPlay);
  }

  /**
   * Who asked for a save play and who worked it are the signed-in users, whatever the body says.
   */
  @Test
  void takesWhoAskedAndWhoWorkedTheSavePlayFromTheTokenAndRefusesABodyNamingSomeoneElse() {
    String customerId = api.active(newId("deal"), Map.of("accountManager", "amy"));
    String sue = TestTokens.of("sue", "service-agent");
    String amy = TestTokens.of("amy", "account-manager");

    ResponseEntity<String> impersonating =
        as(
            sue,
            HttpMethod.POST,
            "/api/customers/" + customerId + "/save-plays",
            aSavePlayRequest());
    Map<String, Object> ownRequest = aSavePlayRequest();
    ownRequest.remove("triggeredBy");
    ResponseEntity<String> asked =
        as(sue, HttpMethod.POST, "/api/customers/" + customerId + "/save-plays", ownRequest);
    String interventionId = read(asked).path("interventionId").asText();
    ResponseEntity<String> workedAsAlex =
        as(
            amy,
            HttpMethod.POST,
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "saved", "play", "call", "workedBy", "alex"));
    ResponseEntity<String> worked =
        as(
            amy,
            HttpMethod.POST,
            "/api/save-plays/" + interventionId + "/outcome",
            Map.of("outcome", "saved", "play", "call"));

    assertThat(impersonating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(impersonating)).containsExactly("triggeredBy");
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(read(asked).path("triggers").findValuesAsText("triggeredBy")).containsExactly("sue");
    assertThat(workedAsAlex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(workedAsAlex)).containsExactly("workedBy");
    assertThat(worked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(worked).toString()).contains("\"workedBy\":\"amy\"");
  }

  private ResponseEntity<String> as(String token, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> requestSavePlay(String customerId) {
    return api.post("/api/customers/" + customerId + "/save-plays", aSavePlayRequest());
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (value.equals(element.path(field).asText())) {
        return element;
      }
    }
    throw new AssertionError("No element with " + field + " = " + value + " in " + array);
  }
}
