package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.TestTokens;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status.Code;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST and gRPC APIs with authorizations on, tried as users would: two sales reps of the group
 * a task is for, a marketer outside it, and a supervisor. Only candidates see a task and its
 * variables, only a candidate claims it (for themselves), only its assignee completes it; no token
 * is 401.
 */
class UserTaskAuthorizationIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  private static RunningEngine engine;

  private static final String SAM = TestTokens.inGroups("sam", List.of("sales-inbound"), "sales");
  private static final String RITA = TestTokens.inGroups("rita", List.of("sales-inbound"), "sales");
  private static final String MIA = TestTokens.inGroups("mia", List.of("marketing"), "marketing");
  private static final String ADMIN = TestTokens.inGroups("ada", List.of(), "admin");
  private static final String SERVICE = TestTokens.of("handoff-service", "system");

  @BeforeAll
  static void startEngineWithAuthorizations() {
    engine = RunningEngine.startWithAuthorizations(dataDir);
    try (CamundaClient client = engine.newClient(SERVICE)) {
      client
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess("first-contact")
                  .startEvent("lead-received")
                  .userTask(
                      "make-first-contact",
                      task -> task.zeebeUserTask().zeebeCandidateGroups("sales-inbound"))
                  .endEvent("contacted")
                  .done(),
              "first-contact.bpmn")
          .send()
          .join();
    }
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void onlyCandidatesSeeATaskOnlyACandidateClaimsItAndOnlyItsAssigneeCompletesIt()
      throws Exception {
    String task = startAndAwaitTask("Dana Doe");

    assertThat(search(MIA)).doesNotContain(task);
    assertThat(call("GET", "/v2/user-tasks/" + task, MIA, null).statusCode()).isEqualTo(403);
    HttpResponse<String> variables =
        call("POST", "/v2/user-tasks/" + task + "/variables/search", MIA, Map.of());
    assertThat(variables.statusCode()).isEqualTo(403);
    assertThat(variables.body()).doesNotContain("Dana Doe").contains("\"title\":\"FORBIDDEN\"");
    assertThat(
            call("POST", "/v2/user-tasks/" + task + "/assignment", MIA, Map.of("assignee", "mia"))
                .statusCode())
        .isEqualTo(403);

    assertThat(search(SAM)).contains(task);
    assertThat(search(RITA)).contains(task);
    assertThat(call("POST", "/v2/user-tasks/" + task + "/variables/search", SAM, Map.of()).body())
        .contains("Dana Doe");
    assertThat(
            call("POST", "/v2/user-tasks/" + task + "/assignment", RITA, Map.of("assignee", "sam"))
                .statusCode())
        .as("a candidate claims for themselves only")
        .isEqualTo(403);
    assertThat(
            call("POST", "/v2/user-tasks/" + task + "/assignment", SAM, Map.of("assignee", "sam"))
                .statusCode())
        .isEqualTo(204);
    assertThat(call("POST", "/v2/user-tasks/" + task + "/completion", RITA, Map.of()).statusCode())
        .as("a candidate who is not the assignee")
        .isEqualTo(403);
    assertThat(call("DELETE", "/v2/user-tasks/" + task + "/assignee", RITA, null).statusCode())
        .isEqualTo(403);
    assertThat(call("POST", "/v2/user-tasks/" + task + "/completion", SAM, Map.of()).statusCode())
        .isEqualTo(204);
  }

  @Test
  void aSupervisorSeesAndWorksEveryTaskAndNoTokenIsUnauthorized() throws Exception {
    String task = startAndAwaitTask("Hank Scorpio");

    HttpResponse<String> anonymous = call("POST", "/v2/user-tasks/search", null, Map.of());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(call("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);

    assertThat(search(ADMIN)).contains(task);
    assertThat(
            call(
                    "POST",
                    "/v2/user-tasks/" + task + "/assignment",
                    ADMIN,
                    Map.of("assignee", "rita"))
                .statusCode())
        .isEqualTo(204);
    assertThat(search(RITA)).as("a task assigned to her").contains(task);
    assertThat(call("POST", "/v2/user-tasks/" + task + "/completion", ADMIN, Map.of()).statusCode())
        .isEqualTo(204);
  }

  @Test
  void searchesCountSortAndPageOnlyTheTasksTheCallerMaySee() throws Exception {
    String task = startAndAwaitTask("Paige Turner");
    Map<String, Object> newestInboundTask =
        Map.of(
            "filter",
                Map.of(
                    "candidateGroup", "sales-inbound", "state", Map.of("$in", List.of("CREATED"))),
            "sort", List.of(Map.of("field", "creationDate", "order", "DESC")),
            "page", Map.of("limit", 1));

    JsonNode mias =
        JSON.readTree(call("POST", "/v2/user-tasks/search", MIA, newestInboundTask).body());
    assertThat(mias.path("items")).isEmpty();
    assertThat(mias.path("page").path("totalItems").asLong())
        .as("counts only what she may see")
        .isZero();
    assertThat(mias.path("page").path("endCursor").textValue()).isNull();

    JsonNode sams =
        JSON.readTree(call("POST", "/v2/user-tasks/search", SAM, newestInboundTask).body());
    assertThat(sams.path("items").findValuesAsText("userTaskKey")).containsExactly(task);
    assertThat(sams.path("page").path("totalItems").asLong()).isGreaterThanOrEqualTo(1);

    assertThat(
            call("POST", "/v2/user-tasks/" + task + "/assignment", ADMIN, Map.of("assignee", "mia"))
                .statusCode())
        .isEqualTo(204);
    mias = JSON.readTree(call("POST", "/v2/user-tasks/search", MIA, newestInboundTask).body());
    assertThat(mias.path("items").findValuesAsText("userTaskKey"))
        .as("assigned to her")
        .containsExactly(task);
    assertThat(mias.path("page").path("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void theGrpcApiIsForServicesOnly() {
    for (String caller : Arrays.asList(null, TestTokens.expired("handoff-service", "system"))) {
      try (CamundaClient client = engine.newClient(caller)) {
        assertThatThrownBy(() -> client.newTopologyRequest().send().join())
            .isInstanceOf(ClientStatusException.class)
            .satisfies(
                refused ->
                    assertThat(((ClientStatusException) refused).getStatusCode())
                        .isEqualTo(Code.UNAUTHENTICATED));
      }
    }
    try (CamundaClient marketer = engine.newClient(MIA)) {
      assertThatThrownBy(() -> marketer.newTopologyRequest().send().join())
          .isInstanceOf(ClientStatusException.class)
          .satisfies(
              refused ->
                  assertThat(((ClientStatusException) refused).getStatusCode())
                      .isEqualTo(Code.PERMISSION_DENIED));
    }
    try (CamundaClient service = engine.newClient(SERVICE)) {
      assertThat(service.newTopologyRequest().send().join().getBrokers()).hasSize(1);
    }
  }

  private static String startAndAwaitTask(String contact) {
    try (CamundaClient client = engine.newClient(SERVICE)) {
      long instance =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId("first-contact")
              .latestVersion()
              .variables(Map.of("contactName", contact))
              .send()
              .join()
              .getProcessInstanceKey();
      return await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  JSON.readTree(
                          call(
                                  "POST",
                                  "/v2/user-tasks/search",
                                  ADMIN,
                                  Map.of(
                                      "filter",
                                      Map.of(
                                          "processInstanceKey",
                                          String.valueOf(instance),
                                          "state",
                                          "CREATED")))
                              .body())
                      .path("items"),
              items -> items.size() == 1)
          .get(0)
          .path("userTaskKey")
          .asText();
    }
  }

  private static List<String> search(String token) throws IOException, InterruptedException {
    JsonNode items =
        JSON.readTree(
                call(
                        "POST",
                        "/v2/user-tasks/search",
                        token,
                        Map.of("filter", Map.of("state", "CREATED")))
                    .body())
            .path("items");
    return items.findValuesAsText("userTaskKey");
  }

  private static HttpResponse<String> call(String method, String path, String token, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(engine.rest(path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
