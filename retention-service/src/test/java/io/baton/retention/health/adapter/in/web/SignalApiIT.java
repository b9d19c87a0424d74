package io.baton.retention.health.adapter.in.web;

import static io.baton.retention.RetentionApi.aSignal;
import static io.baton.retention.RetentionApi.concurrently;
import static io.baton.retention.RetentionApi.fields;
import static io.baton.retention.RetentionApi.newId;
import static io.baton.retention.RetentionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.testsupport.BatonServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Signals through the API: each is counted once however often (and however concurrently) it is
 * delivered, moves the customer's health, and a health that turns red starts one save play.
 */
@BatonServiceTest
class SignalApiIT {

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;
  private RetentionApi api;

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @Test
  void recordsANewSignalAndMovesTheHealth() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> signal = aSignal(newId("zendesk"), "support-ticket-escalated");
    signal.put("details", Map.of("ticket", "T-1"));

    ResponseEntity<String> response = api.postSignal(customerId, signal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode recorded = read(response);
    assertThat(recorded.path("type").asText()).isEqualTo("support-ticket-escalated");
    assertThat(recorded.path("duplicate").asBoolean()).isFalse();
    assertThat(recorded.path("details").path("ticket").asText()).isEqualTo("T-1");
    assertThat(recorded.path("health").path("score").asInt()).isEqualTo(83);
    Document stored =
        mongo.getCollection("signals").find(new Document("_id", signal.get("signalId"))).first();
    assertThat(stored).isNotNull();
    assertThat(stored.get("appliedAt")).isNotNull();
  }

  @Test
  void takesDaysLateAsANumberOrAsText() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> asNumber = aSignal(newId("billing"), "payment-late");
    asNumber.put("details", Map.of("daysLate", 20));
    Map<String, Object> asText = aSignal(newId("billing"), "payment-late");
    asText.put("details", Map.of("daysLate", "20"));

    assertThat(api.postSignal(customerId, asNumber).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(api.postSignal(customerId, asText).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            api.json("/api/customers/" + customerId)
                .path("health")
                .path("components")
                .get(4)
                .path("value")
                .asInt())
        .isEqualTo(60);
  }

  @Test
  void countsTheSameSignalOnce() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> signal = aSignal(newId("zendesk"), "support-ticket-opened");

    assertThat(api.postSignal(customerId, signal).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = api.postSignal(customerId, signal);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(again).path("duplicate").asBoolean()).isTrue();
    assertThat(recentSignalsOf(customerId)).hasSize(1);
    assertThat(api.json("/api/customers/" + customerId + "/health-history").path("changes"))
        .hasSize(2);
  }

  @Test
  void countsConcurrentDeliveriesOfOneSignalOnce() throws Exception {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> signal = aSignal(newId("zendesk"), "support-ticket-escalated");

    List<Integer> statuses =
        concurrently(8, () -> api.postSignal(customerId, signal).getStatusCode().value());

    assertThat(Collections.frequency(statuses, 201)).isEqualTo(1);
    assertThat(Collections.frequency(statuses, 200)).isEqualTo(7);
    assertThat(
            mongo
                .getCollection("signals")
                .countDocuments(new Document("_id", signal.get("signalId"))))
        .isEqualTo(1);
    assertThat(recentSignalsOf(customerId)).hasSize(1);
    assertThat(api.json("/api/customers/" + customerId).path("health").path("score").asInt())
        .isEqualTo(83);
  }

  @Test
  void refusesTheSameSignalIdWithDifferentData() {
    String customerId = api.registered(newId("deal"), Map.of());
    String other = api.registered(newId("deal"), Map.of());
    Map<String, Object> signal = aSignal(newId("zendesk"), "support-ticket-opened");
    api.postSignal(customerId, signal);
    Map<String, Object> changed =
        aSignal((String) signal.get("signalId"), "support-ticket-escalated");

    ResponseEntity<String> response = api.postSignal(customerId, changed);
    ResponseEntity<String> elsewhere = api.postSignal(other, signal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("signalId");
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void answersASignalForAnUnknownCustomerWithNotFoundAndCreatesNothing() {
    String customerId = newId("never");
    Map<String, Object> signal = aSignal(newId("zendesk"), "support-ticket-opened");

    ResponseEntity<String> response = api.postSignal(customerId, signal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api.get("/api/customers/" + customerId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            mongo
                .getCollection("signals")
                .countDocuments(new Document("_id", signal.get("signalId"))))
        .isZero();
  }

  @Test
  void rejectsBadSignalsNamingTheWrongField() {
    String customerId = api.registered(newId("deal"), Map.of());
    Map<String, Object> unknownType = aSignal(newId("s"), "rumour");
    Map<String, Object> usageAboveOne = aSignal(newId("s"), "product-usage");
    usageAboveOne.put("value", 1.7);
    Map<String, Object> slipWithoutDetails = aSignal(newId("s"), "onboarding-slip");
    Map<String, Object> future = aSignal(newId("s"), "champion-left");
    future.put("occurredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    Map<String, Object> npsOutOfScale = aSignal(newId("s"), "nps-response");
    npsOutOfScale.put("value", 42);

    assertThat(fields(api.postSignal(customerId, Map.of())))
        .containsExactly("occurredAt", "signalId", "type");
    assertThat(fields(api.postSignal(customerId, unknownType))).containsExactly("type");
    assertThat(fields(api.postSignal(customerId, usageAboveOne))).containsExactly("value");
    assertThat(fields(api.postSignal(customerId, slipWithoutDetails)))
        .containsExactly("details.checkpointId", "details.daysLate");
    assertThat(fields(api.postSignal(customerId, future))).containsExactly("occurredAt");
    assertThat(fields(api.postSignal(customerId, npsOutOfScale))).containsExactly("value");
    assertThat(recentSignalsOf(customerId)).isEmpty();
  }

  @Test
  void aHealthTurningRedStartsOneSavePlayWithReasonHealthRed() {
    String customerId = api.registered(newId("deal"), Map.of());

    api.signals(
        customerId,
        "champion-left",
        "champion-left",
        "payment-late",
        "payment-late",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "product-usage");
    api.signals(customerId, "support-ticket-escalated");

    JsonNode customer = api.json("/api/customers/" + customerId);
    assertThat(customer.path("health").path("band").asText()).isEqualTo("red");
    JsonNode active = customer.path("activeIntervention");
    assertThat(active.path("triggers")).hasSize(1);
    assertThat(active.path("triggers").get(0).path("reason").asText()).isEqualTo("health-red");
    assertThat(active.path("triggers").get(0).path("source").asText()).isEqualTo("health");
    JsonNode intervention = api.json("/api/save-plays/" + active.path("interventionId").asText());
    assertThat(intervention.path("riskReasons").toString())
        .contains("health-red", "payment-late", "champion-left", "support-escalated");
    Document stored =
        mongo
            .getCollection("interventions")
            .find(new Document("activeCustomerId", customerId))
            .first();
    assertThat(stored.getList("outbox", Document.class))
        .singleElement()
        .satisfies(
            message ->
                assertThat(message.get("variables", Document.class).getString("triggerReason"))
                    .isEqualTo("health-red"));
    assertThat(
            mongo
                .getCollection("interventions")
                .countDocuments(new Document("customerId", customerId)))
        .isEqualTo(1);
    Document customerDocument =
        mongo.getCollection("customers").find(new Document("_id", customerId)).first();
    assertThat(customerDocument.getList("pendingSavePlays", Document.class)).isEmpty();
  }

  private List<Document> recentSignalsOf(String customerId) {
    Document customer =
        mongo.getCollection("customers").find(new Document("_id", customerId)).first();
    return customer.getList("recentSignals", Document.class);
  }
}
