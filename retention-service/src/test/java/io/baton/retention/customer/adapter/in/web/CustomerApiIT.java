package io.baton.retention.customer.adapter.in.web;

import static io.baton.retention.RetentionApi.aCustomer;
import static io.baton.retention.RetentionApi.aHandover;
import static io.baton.retention.RetentionApi.fields;
import static io.baton.retention.RetentionApi.newId;
import static io.baton.retention.RetentionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.testsupport.BatonServiceTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Customers through the API against the embedded MongoDB: registration, handover, health, lists.
 */
@BatonServiceTest
class CustomerApiIT {

  @Autowired private TestRestTemplate http;
  private RetentionApi api;

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @Test
  void registersAWonCustomerAsOnboardingWithAFirstHealth() {
    String customerId = newId("deal");

    ResponseEntity<String> response = api.putCustomer(customerId, aCustomer());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getHeaders().getLocation()).hasToString("/api/customers/" + customerId);
    JsonNode customer = read(response);
    assertThat(customer.path("lifecycle").asText()).isEqualTo("onboarding");
    assertThat(customer.path("segment").asText()).isEqualTo("smb");
    assertThat(customer.path("health").path("score").asInt()).isEqualTo(85);
    assertThat(customer.path("health").path("band").asText()).isEqualTo("green");
    assertThat(customer.path("health").path("components").findValuesAsText("component"))
        .containsExactly(
            "usage", "support", "sentiment", "onboarding", "commercial", "relationship");
    assertThat(customer.path("latestExplanation").path("summary").asText())
        .isEqualTo("Health starts at 85 (green)");
    assertThat(customer.path("renewal").path("renewalDate").asText()).isEqualTo("2027-06-15");
    assertThat(customer.path("activeIntervention").isMissingNode()).isTrue();
  }

  @Test
  void changesTheProfileAndRecognisesTheSameProfileAgain() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> changed = aCustomer();
    changed.put("arr", 52000);
    changed.put("renewalDate", "2027-09-30");

    ResponseEntity<String> response = api.putCustomer(customerId, changed);
    ResponseEntity<String> again = api.putCustomer(customerId, changed);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(response).path("arr").decimalValue()).isEqualByComparingTo("52000");
    assertThat(read(response).path("startingArr").decimalValue()).isEqualByComparingTo("52000");
    assertThat(read(response).path("renewal").path("renewalDate").asText()).isEqualTo("2027-09-30");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("version").asLong())
        .isEqualTo(read(response).path("version").asLong());
  }

  @Test
  void rejectsAnIncompleteProfileNamingEveryMissingField() {
    String customerId = newId("deal");

    ResponseEntity<String> response = api.putCustomer(customerId, Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response))
        .containsExactly("accountManager", "arr", "contractDate", "customerName", "segment");
    assertThat(api.get("/api/customers/" + customerId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void rejectsAnUnknownSegmentAZeroArrAndARenewalBeforeTheContract() {
    Map<String, Object> unknownSegment = aCustomer();
    unknownSegment.put("segment", "galactic");
    Map<String, Object> noArr = aCustomer();
    noArr.put("arr", 0);
    Map<String, Object> backwards = aCustomer();
    backwards.put("renewalDate", "2026-01-01");

    assertThat(fields(api.putCustomer(newId("deal"), unknownSegment))).containsExactly("segment");
    assertThat(fields(api.putCustomer(newId("deal"), noArr))).containsExactly("arr");
    assertThat(fields(api.putCustomer(newId("deal"), backwards))).containsExactly("renewalDate");
  }

  @Test
  void rejectsACustomerIdThatIsNotSafe() {
    ResponseEntity<String> response = api.putCustomer("bad id!", aCustomer());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("customerId");
  }

  @Test
  void handsTheCustomerOverOnceAndMakesItActive() {
    String customerId = api.registered(newId("deal"), Map.of());

    ResponseEntity<String> first =
        api.post("/api/customers/" + customerId + "/handover", aHandover());
    Map<String, Object> later = new HashMap<>(aHandover());
    later.put("timeToValueDays", 99);
    ResponseEntity<String> again = api.post("/api/customers/" + customerId + "/handover", later);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(first).path("lifecycle").asText()).isEqualTo("active");
    assertThat(read(first).path("handover").path("promises").get(0).path("status").asText())
        .isEqualTo("kept");
    assertThat(
            read(first).path("handover").path("onboardingHistory").get(0).path("daysLate").asInt())
        .isEqualTo(2);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("handover").path("timeToValueDays").asInt()).isEqualTo(21);
    assertThat(read(again).path("version").asLong())
        .isEqualTo(read(first).path("version").asLong());
  }

  @Test
  void aRepeatedHandoverWithTheLineageCompletesItAndChangesNothingElse() {
    String customerId = api.registered(newId("deal"), Map.of());
    api.post("/api/customers/" + customerId + "/handover", aHandover());
    Map<String, Object> backfill = new HashMap<>(aHandover());
    backfill.put("timeToValueDays", 99);
    backfill.put("lineage", Map.of("campaign", "spring-webinar", "promisesMissed", 1));

    ResponseEntity<String> again = api.post("/api/customers/" + customerId + "/handover", backfill);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("lineage").path("campaign").asText()).isEqualTo("spring-webinar");
    assertThat(read(again).path("lineage").path("promisesMissed").asInt()).isEqualTo(1);
    assertThat(read(again).path("handover").path("timeToValueDays").asInt()).isEqualTo(21);
  }

  @Test
  void keepsTheLineageOfTheRegistrationCompletedByTheHandover() {
    String customerId = newId("deal");
    Map<String, Object> registration = aCustomer();
    registration.put(
        "lineage",
        Map.of(
            "leadId", "lead-7",
            "campaign", "spring-webinar",
            "sourceChannel", "webinar",
            "salesOwner", "sam",
            "minutesToFirstContact", 42,
            "firstContactWithinSla", true,
            "handoffReturns", 1,
            "hoursToAccept", 20.25,
            "dealWonAt", "2026-06-14T10:00:00Z",
            "aKeyNobodyKnows", "ignored"));
    api.putCustomer(customerId, registration);
    Map<String, Object> handover = new HashMap<>(aHandover());
    handover.put(
        "lineage",
        Map.of(
            "segment", "smb",
            "daysToValue", 21,
            "firstValueLate", false,
            "promisesMissed", 0,
            "handoffReturns", 2));

    ResponseEntity<String> response =
        api.post("/api/customers/" + customerId + "/handover", handover);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode lineage = api.json("/api/customers/" + customerId).path("lineage");
    assertThat(lineage.path("leadId").asText()).isEqualTo("lead-7");
    assertThat(lineage.path("campaign").asText()).isEqualTo("spring-webinar");
    assertThat(lineage.path("salesOwner").asText()).isEqualTo("sam");
    assertThat(lineage.path("minutesToFirstContact").asInt()).isEqualTo(42);
    assertThat(lineage.path("firstContactWithinSla").asBoolean()).isTrue();
    assertThat(lineage.path("hoursToAccept").decimalValue()).isEqualByComparingTo("20.3");
    assertThat(lineage.path("dealWonAt").asText()).isEqualTo("2026-06-14T10:00:00Z");
    assertThat(lineage.path("handoffReturns").asInt()).isEqualTo(2);
    assertThat(lineage.path("segment").asText()).isEqualTo("smb");
    assertThat(lineage.path("daysToValue").asInt()).isEqualTo(21);
    assertThat(lineage.path("firstValueLate").asBoolean()).isFalse();
    assertThat(lineage.path("promisesMissed").asInt()).isZero();
    assertThat(lineage.has("aKeyNobodyKnows")).isFalse();
    assertThat(lineage.has("acceptedAt")).isFalse();
  }

  @Test
  void rejectsALineageKeyOfTheWrongTypeNamingIt() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> registration = aCustomer();
    registration.put("lineage", Map.of("handoffReturns", "twice"));
    Map<String, Object> handover = new HashMap<>(aHandover());
    handover.put("lineage", Map.of("firstValueLate", "perhaps"));

    ResponseEntity<String> badRegistration = api.putCustomer(newId("deal"), registration);
    ResponseEntity<String> badHandover =
        api.post("/api/customers/" + customerId + "/handover", handover);

    assertThat(badRegistration.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(badRegistration)).containsExactly("lineage.handoffReturns");
    assertThat(badHandover.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(badHandover)).containsExactly("lineage.firstValueLate");
  }

  @Test
  void showsHowTheArrChangedAfterOnboarding() {
    String customerId = api.active(newId("deal"), Map.of());
    Map<String, Object> expanded = aCustomer();
    expanded.put("arr", 60000);

    JsonNode customer = read(api.putCustomer(customerId, expanded));

    assertThat(customer.path("startingArr").decimalValue()).isEqualByComparingTo("48000");
    assertThat(customer.path("arrChanges")).hasSize(1);
    assertThat(customer.path("arrChanges").get(0).path("arr").decimalValue())
        .isEqualByComparingTo("60000");
    assertThat(customer.path("arrChanges").get(0).path("cause").asText()).isEqualTo("profile");
    assertThat(customer.path("arrChanges").get(0).path("on").asText()).isNotBlank();
  }

  @Test
  void answersAHandoverOfAnUnknownCustomerWithNotFound() {
    ResponseEntity<String> response =
        api.post("/api/customers/" + newId("never") + "/handover", aHandover());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void rejectsAHandoverWithoutFirstValueOrWithABadCheckpoint() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> handover =
        Map.of(
            "timeToValueDays", -1, "onboardingHistory", List.of(Map.of("checkpointId", "kickoff")));

    ResponseEntity<String> response =
        api.post("/api/customers/" + customerId + "/handover", handover);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response))
        .containsExactly("firstValueAt", "onboardingHistory[0].status", "timeToValueDays");
  }

  @Test
  void answersAnUnknownCustomerWithNotFound() {
    String customerId = newId("never");

    ResponseEntity<String> response = api.get("/api/customers/" + customerId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read(response).path("detail").asText()).contains(customerId);
    assertThat(api.get("/api/customers/" + customerId + "/health-history").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void listsCustomersByBandAndAccountManagerLeastHealthyFirst() {
    String manager = newId("manager");
    String green = api.registered(newId("deal"), Map.of("accountManager", manager));
    String worse = api.registered(newId("deal"), Map.of("accountManager", manager));
    String worst = api.registered(newId("deal"), Map.of("accountManager", manager));
    api.signals(worse, "champion-left", "champion-left", "payment-late", "payment-late");
    api.signals(
        worst,
        "champion-left",
        "champion-left",
        "payment-late",
        "payment-late",
        "support-ticket-escalated");

    JsonNode yellow = api.json("/api/customers?band=yellow&accountManager=" + manager);
    JsonNode all = api.json("/api/customers?accountManager=" + manager + "&limit=2");

    assertThat(yellow.findValuesAsText("customerId")).containsExactly(worst, worse);
    assertThat(yellow.get(0).path("health").path("band").asText()).isEqualTo("yellow");
    assertThat(all.findValuesAsText("customerId"))
        .containsExactly(worst, worse)
        .doesNotContain(green);
  }

  @Test
  void rejectsAnUnknownBandAndALimitOutOfRangeNamingThem() {
    assertThat(fields(api.get("/api/customers?band=purple"))).containsExactly("band");
    assertThat(fields(api.get("/api/customers?limit=0"))).containsExactly("limit");
  }

  @Test
  void showsWhyTheHealthChangedNewestFirst() {
    String customerId = api.registered(newId("deal"), Map.of());
    api.signals(customerId, "support-ticket-escalated");

    JsonNode history = api.json("/api/customers/" + customerId + "/health-history");

    JsonNode changes = history.path("changes");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).path("cause").asText()).isEqualTo("signal-received");
    assertThat(changes.get(0).path("fromScore").asInt()).isEqualTo(85);
    assertThat(changes.get(0).path("toScore").asInt()).isEqualTo(83);
    assertThat(changes.get(0).path("trend").asText()).isEqualTo("down");
    JsonNode support = changes.get(0).path("components").get(0);
    assertThat(support.path("component").asText()).isEqualTo("support");
    assertThat(support.path("from").asInt()).isEqualTo(100);
    assertThat(support.path("to").asInt()).isEqualTo(85);
    assertThat(support.path("signals").get(0).path("type").asText())
        .isEqualTo("support-ticket-escalated");
    assertThat(support.path("signals").get(0).path("points").asDouble()).isEqualTo(-15.0);
    assertThat(changes.get(0).path("summary").asText())
        .contains("support 100 → 85 (support-ticket-escalated");
    assertThat(changes.get(1).path("cause").asText()).isEqualTo("customer-registered");
    assertThat(history.path("health").path("score").asInt()).isEqualTo(83);
  }

  @Test
  void describesItsEndpointsAndVocabularyInTheOpenApiDocument() {
    String apiDocs = api.get("/v3/api-docs").getBody();

    assertThat(apiDocs)
        .contains(
            "/api/customers/{customerId}/signals", "/api/customers/{customerId}/health-history")
        .contains("/api/save-plays/{interventionId}/outcome", "/api/save-plays/revenue")
        .contains("\"mid-market\"", "\"support-ticket-escalated\"", "\"downgraded\"");
  }

  @Test
  void letsOneOfTwoRacingProfileChangesWinAndTellsTheOtherWith409() throws Exception {
    String customerId = api.registered(newId("deal"), Map.of());
    List<Callable<ResponseEntity<String>>> changes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      Map<String, Object> changed = aCustomer();
      changed.put("arr", 50000 + i);
      changes.add(() -> api.putCustomer(customerId, changed));
    }

    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (Future<ResponseEntity<String>> answer : pool.invokeAll(changes)) {
        statuses.add(answer.get().getStatusCode().value());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 409);
    long stored = api.json("/api/customers/" + customerId).path("arr").asLong();
    assertThat(stored).isBetween(50001L, 50006L);
  }
}
