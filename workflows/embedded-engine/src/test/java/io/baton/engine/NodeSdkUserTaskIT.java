package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.baton.testsupport.TestTokens;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user-task REST API driven by Camunda's own Node client, {@code
 * @camunda8/orchestration-cluster-api} (generated from Camunda 8.8's OpenAPI spec), with
 * authorizations on. Every call runs {@code src/test/node/user-task-api.mjs} in {@code node} as one
 * user, with the client validating requests strictly and responses fanatically: a response that
 * lacks a required field, has a wrong type or format, or carries a property Camunda's schema does
 * not declare fails the call. So these tests prove that the engine's JSON is what a client built
 * from Camunda's spec expects, not only what {@code CamundaClient} tolerates. The build installs
 * the client with {@code npm ci} before the integration tests; {@code node} must be on the PATH.
 */
class NodeSdkUserTaskIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NODE_DIR = Path.of("src", "test", "node");
  private static final String SCRIPT = "user-task-api.mjs";
  private static final Duration NODE_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicReference<String> standInAuthorization = new AtomicReference<>();

  /** The properties of a search's page and of a variable found, in the SDK's schema. */
  private static final List<String> PAGE_PROPERTIES =
      List.of("totalItems", "hasMoreTotalItems", "startCursor", "endCursor");

  private static final List<String> VARIABLE_PROPERTIES =
      List.of(
          "name",
          "value",
          "isTruncated",
          "tenantId",
          "variableKey",
          "scopeKey",
          "processInstanceKey");

  private static final String CORA =
      TestTokens.inGroups("cora", List.of("customer-success"), "customer-success");
  private static final String CODY =
      TestTokens.inGroups("cody", List.of("customer-success"), "customer-success");
  private static final String MIA = TestTokens.inGroups("mia", List.of("marketing"), "marketing");
  private static final String ADA = TestTokens.inGroups("ada", List.of(), "admin");
  private static final String SERVICE = TestTokens.of("onboarding-service", "system");

  @TempDir static Path dataDir;
  @TempDir static Path nodeOutput;
  private static RunningEngine engine;
  private static CamundaClient grpc;
  private static CamundaClient supervisor;

  @BeforeAll
  static void startEngineWithAuthorizationsAndDeploy() {
    assertThat(NODE_DIR.resolve("node_modules/@camunda8/orchestration-cluster-api"))
        .as(
            "the Node client is installed by 'npm ci' in %s (the build runs it before the integration tests)",
            NODE_DIR.toAbsolutePath())
        .isDirectory();
    engine = RunningEngine.startWithAuthorizations(dataDir);
    grpc = engine.newClient(SERVICE);
    supervisor = engine.newRestClient(ADA);
    grpc.newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("welcome-call")
                .name("Welcome call")
                .startEvent("customer-signed")
                .userTask(
                    "make-welcome-call",
                    task ->
                        task.name("Make the welcome call")
                            .zeebeUserTask()
                            .zeebeFormId("welcome-call-form")
                            .zeebeCandidateGroups("customer-success")
                            .zeebeOutputExpression("callOutcome", "welcomeCallOutcome"))
                .endEvent("welcome-call-made")
                .done(),
            "welcome-call.bpmn")
        .addResourceFromClasspath("forms/welcome-call.form")
        .send()
        .join();
  }

  @AfterAll
  static void stopEngine() {
    supervisor.close();
    grpc.close();
    engine.close();
  }

  @Test
  void candidatesFindClaimAndCompleteATaskThroughTheNodeSdkWhileAnOutsiderIsForbidden() {
    final CompletableFuture<ProcessInstanceResult> instance = startWithResult("Initech");
    final String task = awaitTaskOf("Initech");
    final Map<String, Object> newestOpenTaskForInitech =
        Map.of(
            "filter",
            Map.of(
                "candidateGroup", "customer-success",
                "state", "CREATED",
                "processInstanceVariables",
                    List.of(Map.of("name", "customerName", "value", "\"Initech\""))),
            "sort",
            List.of(Map.of("field", "creationDate", "order", "DESC")),
            "page",
            Map.of("from", 0, "limit", 5));

    final JsonNode found = sdk(CORA, "getUserTask", Map.of("userTaskKey", task));
    for (final String candidate : List.of(CORA, CODY)) {
      final JsonNode search = sdk(candidate, "searchUserTasks", newestOpenTaskForInitech);
      // The SDK looks for unknown properties in plain objects only, not in search results (its
      // schema makes them intersections): a task found must equal the task got, which it checked.
      assertThat(search.path("items")).containsExactly(found);
      assertThat(search.path("page").path("totalItems").asLong()).isEqualTo(1);
      assertThat(search.path("page").fieldNames()).toIterable().isSubsetOf(PAGE_PROPERTIES);
    }
    final JsonNode miasSearch = sdk(MIA, "searchUserTasks", newestOpenTaskForInitech);
    assertThat(miasSearch.path("items")).as("an outsider sees none of the group's tasks").isEmpty();
    assertThat(miasSearch.path("page").path("totalItems").asLong()).isZero();

    assertThat(found.path("userTaskKey").asText()).isEqualTo(task);
    assertThat(found.path("name").asText()).isEqualTo("Make the welcome call");
    assertThat(found.path("elementId").asText()).isEqualTo("make-welcome-call");
    assertThat(found.path("processDefinitionId").asText()).isEqualTo("welcome-call");
    assertThat(found.path("candidateGroups"))
        .extracting(JsonNode::asText)
        .containsExactly("customer-success");
    assertThat(found.path("state").asText()).isEqualTo("CREATED");
    assertThat(found.has("assignee")).isFalse();

    // The form's schema is JSON text, as Camunda 8.8 sends it, where the spec the SDK is generated
    // from says object: see
    // theFormIsCamundasShapeApartFromItsSchemaBeingJsonTextAsCamunda88SendsIt.
    assertThat(
            sdkError(engine.rest(""), CORA, "getUserTaskForm", Map.of("userTaskKey", task))
                .path("message")
                .asText())
        .isEqualTo("Invalid getUserTaskForm response: validation failed");

    final JsonNode variables =
        sdk(
            CODY,
            "searchUserTaskVariables",
            Map.of("userTaskKey", task, "filter", Map.of("name", "customerName")));
    assertThat(variables.path("items")).hasSize(1);
    assertThat(variables.path("items").get(0).path("value").asText()).isEqualTo("\"Initech\"");
    assertThat(variables.path("items").get(0).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(VARIABLE_PROPERTIES);
    assertThat(variables.path("page").fieldNames()).toIterable().isSubsetOf(PAGE_PROPERTIES);

    assertForbidden(MIA, "getUserTask", Map.of("userTaskKey", task));
    assertForbidden(MIA, "getUserTaskForm", Map.of("userTaskKey", task));
    assertForbidden(MIA, "searchUserTaskVariables", Map.of("userTaskKey", task));
    assertForbidden(MIA, "assignUserTask", Map.of("userTaskKey", task, "assignee", "mia"));

    assertThat(
            sdk(CODY, "assignUserTask", Map.of("userTaskKey", task, "assignee", "cody")).isNull())
        .isTrue();
    assertThat(sdk(CORA, "getUserTask", Map.of("userTaskKey", task)).path("assignee").asText())
        .isEqualTo("cody");
    assertThat(sdk(CODY, "unassignUserTask", Map.of("userTaskKey", task)).isNull()).isTrue();
    assertThat(sdk(CORA, "getUserTask", Map.of("userTaskKey", task)).has("assignee")).isFalse();

    sdk(
        CORA,
        "assignUserTask",
        Map.of("userTaskKey", task, "assignee", "cora", "allowOverride", false));
    assertForbidden(CODY, "completeUserTask", Map.of("userTaskKey", task));
    assertForbidden(MIA, "completeUserTask", Map.of("userTaskKey", task));
    assertThat(
            sdk(
                    CORA,
                    "completeUserTask",
                    Map.of(
                        "userTaskKey",
                        task,
                        "variables",
                        Map.of("callOutcome", "reached the customer")))
                .isNull())
        .isTrue();

    assertThat(instance.join().getVariablesAsMap())
        .as("the engine completed the task and its output reached the process")
        .containsEntry("welcomeCallOutcome", "reached the customer")
        .containsEntry("customerName", "Initech");
    final UserTask completed = supervisor.newUserTaskGetRequest(Long.parseLong(task)).send().join();
    assertThat(completed.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(completed.getAssignee()).isEqualTo("cora");
    final JsonNode completedForCora = sdk(CORA, "getUserTask", Map.of("userTaskKey", task));
    assertThat(completedForCora.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(completedForCora.path("completionDate").asText()).isNotEmpty();
  }

  /**
   * Needs {@code PATCH /v2/user-tasks/{key}} ({@code updateUserTask}); until the engine serves it,
   * it answers 501 and this test fails.
   */
  @Test
  void aSupervisorUpdatesATaskThroughTheNodeSdkAndItsCandidatesSeeTheChange() {
    start("Hooli");
    final String task = awaitTaskOf("Hooli");
    final Instant due = Instant.parse("2030-01-31T17:00:00Z");
    final Map<String, Object> update =
        Map.of("userTaskKey", task, "changeset", Map.of("priority", 80, "dueDate", due.toString()));

    assertThat(sdk(ADA, "updateUserTask", update).isNull()).isTrue();
    assertForbidden(MIA, "updateUserTask", update);

    final JsonNode updated = sdk(CODY, "getUserTask", Map.of("userTaskKey", task));
    assertThat(updated.path("priority").asInt()).isEqualTo(80);
    assertThat(Instant.parse(updated.path("dueDate").asText())).isEqualTo(due);
    assertThat(supervisor.newUserTaskGetRequest(Long.parseLong(task)).send().join().getPriority())
        .isEqualTo(80);
  }

  /**
   * Camunda's spec declares a form's {@code schema} an object, but Camunda 8.8's server sends the
   * form as deployed, JSON text (its {@code FormEntity.schema} is a string), and so does this
   * engine, which Baton's console relies on ({@code JSON.parse}). The SDK, generated from the spec,
   * rejects that with strict validation (the other test shows it). This one shows it is the only
   * difference: the engine's answer with its schema parsed into an object passes the SDK's
   * validation, with no property missing, mistyped or unknown.
   */
  @Test
  void theFormIsCamundasShapeApartFromItsSchemaBeingJsonTextAsCamunda88SendsIt() throws Exception {
    start("Vandelay");
    final String task = awaitTaskOf("Vandelay");
    final HttpResponse<String> raw =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(engine.rest("/v2/user-tasks/" + task + "/form"))
                    .header("Authorization", "Bearer " + CORA)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(raw.statusCode()).isEqualTo(200);
    final ObjectNode form = (ObjectNode) JSON.readTree(raw.body());
    assertThat(form.path("schema").isTextual()).isTrue();
    form.set("schema", JSON.readTree(form.path("schema").asText()));

    final JsonNode read =
        withStandIn(
            form.toString(),
            address -> sdkOn(address, CORA, "getUserTaskForm", Map.of("userTaskKey", task)));
    assertThat(read.path("formId").asText()).isEqualTo("welcome-call-form");
    assertThat(read.path("version").asInt()).isEqualTo(1);
    assertThat(read.path("tenantId").asText()).isEqualTo("<default>");
    assertThat(read.path("schema").path("components").findValuesAsText("key"))
        .containsExactly("callOutcome");
  }

  /**
   * The script's validation really is on, and its token really is sent: against a stand-in for the
   * engine, a task with a property Camunda's schema does not declare, and one with a key that is a
   * number instead of a string, both fail as response validation errors.
   */
  @Test
  void theNodeSdkSendsTheBearerTokenAndRejectsAResponseThatIsNotCamundasShape() throws IOException {
    final JsonNode extraProperty =
        withStandIn(
            "{\"userTaskKey\":\"1\",\"state\":\"CREATED\",\"priority\":50,\"assignedTeam\":\"sales\"}",
            address -> sdkError(address, CORA, "getUserTask", Map.of("userTaskKey", "1")));
    assertThat(standInAuthorization.get()).isEqualTo("Bearer " + CORA);
    assertThat(extraProperty.path("side").asText()).isEqualTo("response");
    assertThat(extraProperty.path("message").asText())
        .contains("Unknown properties in response", "assignedTeam");

    final JsonNode numericKey =
        withStandIn(
            "{\"userTaskKey\":1,\"state\":\"CREATED\",\"priority\":50}",
            address -> sdkError(address, CORA, "getUserTask", Map.of("userTaskKey", "1")));
    assertThat(numericKey.path("message").asText())
        .isEqualTo("Invalid getUserTask response: validation failed");
    assertThat(numericKey.path("issues").toString()).contains("userTaskKey");
  }

  /**
   * Calls the script against a stand-in for the engine on a loopback port that answers every
   * request with the given JSON, remembering the request's Authorization header.
   */
  private static JsonNode withStandIn(final String json, final Function<URI, JsonNode> calls)
      throws IOException {
    final HttpServer standIn =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    standIn.createContext(
        "/",
        exchange -> {
          standInAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          final byte[] body = json.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    standIn.start();
    try {
      return calls.apply(URI.create("http://localhost:" + standIn.getAddress().getPort()));
    } finally {
      standIn.stop(0);
    }
  }

  private static void start(final String customerName) {
    grpc.newCreateInstanceCommand()
        .bpmnProcessId("welcome-call")
        .latestVersion()
        .variables(Map.of("customerName", customerName))
        .send()
        .join();
  }

  private static CompletableFuture<ProcessInstanceResult> startWithResult(
      final String customerName) {
    return grpc.newCreateInstanceCommand()
        .bpmnProcessId("welcome-call")
        .latestVersion()
        .variables(Map.of("customerName", customerName))
        .withResult()
        .requestTimeout(Duration.ofSeconds(120))
        .send()
        .toCompletableFuture();
  }

  /** The open task of the instance for the customer; a variable filter's value is JSON text. */
  private static String awaitTaskOf(final String customerName) {
    return String.valueOf(
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    supervisor
                        .newUserTaskSearchRequest()
                        .filter(
                            f ->
                                f.state(UserTaskState.CREATED)
                                    .processInstanceVariables(
                                        Map.of("customerName", "\"" + customerName + "\"")))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .getFirst()
            .getUserTaskKey());
  }

  private static void assertForbidden(
      final String token, final String operation, final Map<String, Object> input) {
    final JsonNode error = sdkError(engine.rest(""), token, operation, input);
    assertThat(error.path("name").asText()).as(operation).isEqualTo("HttpSdkError");
    assertThat(error.path("status").asInt()).as(operation).isEqualTo(403);
    assertThat(error.path("title").asText()).as(operation).isEqualTo("FORBIDDEN");
  }

  /** The result of a call to the engine that succeeded with a response Camunda's schema accepts. */
  private static JsonNode sdk(
      final String token, final String operation, final Map<String, Object> input) {
    return sdkOn(engine.rest(""), token, operation, input);
  }

  private static JsonNode sdkOn(
      final URI address,
      final String token,
      final String operation,
      final Map<String, Object> input) {
    final NodeRun run = node(address, token, operation, input);
    assertThat(run.exitCode()).as(run.describe()).isZero();
    return run.output().path("result");
  }

  /** The error of a call the SDK threw on: an HTTP error or a validation error. */
  private static JsonNode sdkError(
      final URI address,
      final String token,
      final String operation,
      final Map<String, Object> input) {
    final NodeRun run = node(address, token, operation, input);
    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    return run.output().path("error");
  }

  /**
   * Runs the script once in {@code node}, as the user of the token, with nothing inherited from
   * {@code CAMUNDA_*} variables; kills it if it has not finished within {@link #NODE_TIMEOUT}.
   */
  private static NodeRun node(
      final URI address,
      final String token,
      final String operation,
      final Map<String, Object> input) {
    final List<String> command = List.of("node", SCRIPT, operation, json(input));
    try {
      final Path stdout = Files.createTempFile(nodeOutput, operation, ".out");
      final Path stderr = Files.createTempFile(nodeOutput, operation, ".err");
      final ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(NODE_DIR.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("CAMUNDA_"));
      builder.environment().put("BATON_ENGINE_REST_ADDRESS", address.toString());
      builder.environment().put("BATON_BEARER_TOKEN", token);
      builder
          .environment()
          .put("CAMUNDA_SDK_VALIDATION_CAPTURE_DIR", nodeOutput.resolve("captures").toString());
      builder.environment().put("NO_COLOR", "1");
      final Process process = start(builder);
      if (!process.waitFor(NODE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(
            "node %s %s did not finish within %s and was killed%nstdout: %s%nstderr: %s",
            SCRIPT, operation, NODE_TIMEOUT, Files.readString(stdout), Files.readString(stderr));
      }
      return new NodeRun(
          command, process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while node ran " + operation, e);
    }
  }

  private static Process start(final ProcessBuilder builder) {
    try {
      return builder.start();
    } catch (final IOException e) {
      throw new IllegalStateException(
          "Could not run node, which these tests need to drive the REST API with Camunda's Node client: install Node.js 20 or newer and put node on the PATH",
          e);
    }
  }

  private static String json(final Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (final JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private record NodeRun(List<String> command, int exitCode, String stdout, String stderr) {

    JsonNode output() {
      try {
        return JSON.readTree(stdout);
      } catch (final JsonProcessingException e) {
        throw new AssertionError("not one line of JSON: " + describe(), e);
      }
    }

    String describe() {
      return String.format(
          "%s (exit code %d)%nstdout: %s%nstderr: %s",
          String.join(" ", command), exitCode, stdout, stderr);
    }
  }
}
