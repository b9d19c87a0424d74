package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first journey through everything, on the real local runtime (embedded engine, embedded
 * MongoDB, every service, the gateway), driven over HTTP through the gateway and the Camunda 8
 * user-task API.
 */
class FirstJourneyIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static LocalSuite suite;
  private static SuiteLayout layout;

  @BeforeAll
  static void startSuite() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        new SuiteLayout(
            projectRoot,
            Files.createTempDirectory("baton-journey"),
            projectRoot.resolve("local/target/apps"),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            freePort(),
            SuiteLayout.DEFAULT_JVM_OPTIONS);
    suite = LocalSuite.start(layout);
  }

  @AfterAll
  static void stopSuite() throws InterruptedException {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  void wonDealIsAcceptedByAnAccountManagerAndOnboardingStarts() throws Exception {
    String dealId = "deal-journey-1";

    HttpResponse<String> registered = post("/api/handoffs", wonDeal(dealId, "Acme Corp"), "journey-1");
    assertThat(registered.statusCode()).isEqualTo(202);
    assertThat(registered.headers().firstValue("X-Correlation-Id")).hasValue("journey-1");
    assertThat(registered.headers().firstValue("Location")).hasValue("/api/handoffs/" + dealId);

    String processInstanceKey =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> get("/api/handoffs/" + dealId),
                handoff -> "AWAITING_ACCEPTANCE".equals(handoff.path("status").asText()))
            .path("processInstanceKey")
            .asText();

    try (CamundaClient client = suite.newEngineClient()) {
      UserTask task =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      client
                          .newUserTaskSearchRequest()
                          .filter(
                              filter ->
                                  filter
                                      .processInstanceKey(Long.parseLong(processInstanceKey))
                                      .elementId(Handoff.ACCEPT_HANDOFF_TASK))
                          .send()
                          .join()
                          .items(),
                  tasks -> tasks.size() == 1)
              .getFirst();
      assertThat(task.getCandidateGroups()).containsExactly(Handoff.ACCOUNT_MANAGERS_GROUP);
      assertThat(task.getFormKey()).isNotNull();

      client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("amy").send().join();
      client
          .newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(Map.of("accountManager", "amy", "acceptanceNote", "Kickoff next Monday"))
          .send()
          .join();
    }

    JsonNode onboarding =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> get("/api/onboardings/" + dealId), body -> body.has("startedAt"));
    assertThat(onboarding.path("customerName").asText()).isEqualTo("Acme Corp");
    assertThat(onboarding.path("accountManager").asText()).isEqualTo("amy");
    assertThat(onboarding.path("handoffNote").asText()).isEqualTo("Kickoff next Monday");

    JsonNode handoff =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> get("/api/handoffs/" + dealId), body -> "ACCEPTED".equals(body.path("status").asText()));
    assertThat(handoff.path("accountManager").asText()).isEqualTo("amy");
  }

  @Test
  void theSameWonDealPostedTwiceIsRecognisedAndStartsOneHandoff() throws Exception {
    String dealId = "deal-journey-twice";
    assertThat(post("/api/handoffs", wonDeal(dealId, "Twice Inc"), "twice-1").statusCode()).isEqualTo(202);

    HttpResponse<String> again = post("/api/handoffs", wonDeal(dealId, "Twice Inc"), "twice-2");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("dealId").asText()).isEqualTo(dealId);
    HttpResponse<String> conflicting = post("/api/handoffs", wonDeal(dealId, "Someone Else"), "twice-3");
    assertThat(conflicting.statusCode()).isEqualTo(409);
    assertThat(conflicting.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
  }

  @Test
  void anInvalidWonDealIsRejectedNamingEachWrongField() throws Exception {
    HttpResponse<String> response =
        post("/api/handoffs", Map.of("dealId", "bad id!", "arr", -5), "invalid-1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    List<String> fields =
        JSON.readTree(response.body()).path("errors").findValuesAsText("field");
    assertThat(fields).contains("dealId", "customerName", "salesOwner", "arr", "closeDate");
  }

  @Test
  void anUnknownHandoffIsNotFoundAsProblemJson() throws Exception {
    HttpResponse<String> response = send(request("/api/handoffs/no-such-deal").GET().build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(404);
  }

  private static Map<String, Object> wonDeal(String dealId, String customerName) {
    return Map.of(
        "dealId", dealId,
        "customerName", customerName,
        "salesOwner", "sam",
        "arr", 48000,
        "closeDate", "2026-11-20");
  }

  private static HttpResponse<String> post(String path, Object body, String correlationId)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("X-Correlation-Id", correlationId)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    return JSON.readTree(send(request(path).GET().build()).body());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + layout.gatewayPort() + path))
        .timeout(Duration.ofSeconds(15));
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
