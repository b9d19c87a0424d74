package io.baton.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The retention API as the integration tests call it, with fixtures for its requests. */
public final class RetentionApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;

  public RetentionApi(TestRestTemplate http) {
    this.http = http;
  }

  /** A fresh id with a readable prefix: the tests of one JVM share one database. */
  public static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Map<String, Object> aCustomer() {
    Map<String, Object> customer = new HashMap<>();
    customer.put("customerName", "Acme Corp");
    customer.put("segment", "smb");
    customer.put("accountManager", "amy");
    customer.put("arr", 48000);
    customer.put("contractDate", "2026-06-15");
    return customer;
  }

  /** Every key of the lineage a registration brings (the lead's and the handoff's parts). */
  public static Map<String, Object> aLineage() {
    Map<String, Object> lineage = new HashMap<>();
    lineage.put("leadId", "lead-1");
    lineage.put("campaign", "spring-webinar");
    lineage.put("sourceChannel", "webinar");
    lineage.put("interest", "demo-request");
    lineage.put("leadPlay", "fast-track");
    lineage.put("slaTier", "gold");
    lineage.put("salesOwner", "sam");
    lineage.put("leadReceivedAt", "2026-06-01T09:00:00Z");
    lineage.put("firstContactAt", "2026-06-01T09:42:00Z");
    lineage.put("minutesToFirstContact", 42);
    lineage.put("firstContactWithinSla", true);
    lineage.put("dealWonAt", "2026-06-14T10:00:00Z");
    lineage.put("handoffReturns", 1);
    lineage.put("acceptedAt", "2026-06-15T10:00:00Z");
    lineage.put("hoursToAccept", 20.5);
    lineage.put("acceptingAccountManager", "amy");
    return lineage;
  }

  public static Map<String, Object> aHandover() {
    return Map.of(
        "firstValueAt",
        Instant.now().minus(1, ChronoUnit.DAYS).toString(),
        "timeToValueDays",
        21,
        "promises",
        List.of(Map.of("text", "SSO before go-live", "status", "kept")),
        "onboardingHistory",
        List.of(
            Map.of(
                "checkpointId", "kickoff",
                "name", "Kickoff",
                "dueAt", "2026-07-01T09:00:00Z",
                "completedAt", "2026-07-03T09:00:00Z",
                "status", "completed",
                "daysLate", 2)));
  }

  public static Map<String, Object> aSignal(String signalId, String type) {
    Map<String, Object> signal = new HashMap<>();
    signal.put("signalId", signalId);
    signal.put("type", type);
    signal.put(
        "occurredAt", Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS).toString());
    return signal;
  }

  public static Map<String, Object> aSavePlayRequest() {
    Map<String, Object> request = new HashMap<>();
    request.put("reason", "Unhappy with SSO rollout");
    request.put("sourceTicket", "T-42");
    request.put("triggeredBy", "sam");
    return request;
  }

  public ResponseEntity<String> putCustomer(String customerId, Map<String, Object> body) {
    return http.exchange(
        "/api/customers/" + customerId, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  /** Registers a customer with the given changes to {@link #aCustomer()}. */
  public String registered(String customerId, Map<String, Object> changes) {
    Map<String, Object> customer = aCustomer();
    customer.putAll(changes);
    ResponseEntity<String> response = putCustomer(customerId, customer);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(
          "Could not register " + customerId + ": " + response.getBody());
    }
    return customerId;
  }

  /** Registers a customer and hands it over: it is active. */
  public String active(String customerId, Map<String, Object> changes) {
    registered(customerId, changes);
    ResponseEntity<String> response =
        post("/api/customers/" + customerId + "/handover", aHandover());
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(
          "Could not hand over " + customerId + ": " + response.getBody());
    }
    return customerId;
  }

  public ResponseEntity<String> post(String path, Object body) {
    return http.postForEntity(path, body, String.class);
  }

  public ResponseEntity<String> postSignal(String customerId, Map<String, Object> signal) {
    return post("/api/customers/" + customerId + "/signals", signal);
  }

  /**
   * Posts signals of the given types (with the values and details their types need) to the
   * customer.
   */
  public void signals(String customerId, String... types) {
    for (String type : types) {
      Map<String, Object> signal = aSignal(newId(type), type);
      switch (type) {
        case "product-usage" -> signal.put("value", 0.0);
        case "payment-late" -> signal.put("details", Map.of("daysLate", "60"));
        default -> {}
      }
      ResponseEntity<String> response = postSignal(customerId, signal);
      if (response.getStatusCode().value() != 201) {
        throw new IllegalStateException("Signal " + type + " not recorded: " + response.getBody());
      }
    }
  }

  public ResponseEntity<String> get(String path) {
    return http.getForEntity(path, String.class);
  }

  public JsonNode json(String path) {
    return read(get(path));
  }

  public static JsonNode read(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + response.getBody(), e);
    }
  }

  /** The fields a problem+json names in {@code errors[].field}. */
  public static List<String> fields(ResponseEntity<String> response) {
    return read(response).path("errors").findValuesAsText("field");
  }

  /** Makes the call from {@code callers} threads at once; the results in no particular order. */
  public static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
    List<Callable<T>> calls = Collections.nCopies(callers, call);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> result : pool.invokeAll(calls)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
