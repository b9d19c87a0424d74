package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTaskRestApiIT {

  private static final String LISTENER_TYPE = "check-welcome-call";
  private static final String DENIAL_REASON = "The call notes are missing";

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static CamundaClient client;
  private static JobWorker listenerWorker;
  private static final AtomicInteger listenerCalls = new AtomicInteger();
  private static final List<UserTaskProperties> listenedTasks = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startEngineAndDeploy() {
    engine = RunningEngine.start(dataDir);
    client = engine.newClient();
    client
        .newDeployResourceCommand()
        .addProcessModel(welcomeCallProcess(), "welcome-call.bpmn")
        .addResourceFromClasspath("forms/welcome-call.form")
        .send()
        .join();
    listenerWorker =
        client
            .newWorker()
            .jobType(LISTENER_TYPE)
            .handler(
                (jobClient, job) -> {
                  final boolean deny = listenerCalls.incrementAndGet() == 1;
                  listenedTasks.add(job.getUserTask());
                  jobClient
                      .newCompleteCommand(job)
                      .withResult(
                          result ->
                              deny
                                  ? result.forUserTask().deny(true, DENIAL_REASON)
                                  : result.forUserTask())
                      .send()
                      .join();
                })
            .streamEnabled(true)
            .open();
  }

  @AfterAll
  static void stopEngine() {
    listenerWorker.close();
    client.close();
    engine.close();
  }

  @Test
  void userTaskIsSearchedAssignedDeniedByItsListenerThenCompletedWithItsOutputReachingTheProcess() {
    final CompletableFuture<ProcessInstanceResult> result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("welcome-call")
            .latestVersion()
            .variables(Map.of("customerName", "ACME"))
            .withResult()
            .requestTimeout(Duration.ofSeconds(60))
            .send()
            .toCompletableFuture();

    final UserTask task =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(
                            f -> f.candidateGroup("customer-success").state(UserTaskState.CREATED))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .getFirst();
    assertThat(task.getElementId()).isEqualTo("make-welcome-call");
    assertThat(task.getName()).isEqualTo("Make the welcome call");
    assertThat(task.getBpmnProcessId()).isEqualTo("welcome-call");
    assertThat(task.getCandidateGroups()).containsExactly("customer-success");
    assertThat(task.getCreationDate()).isNotNull();

    final var form = client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
    assertThat(form.getFormId()).isEqualTo("welcome-call-form");
    assertThat(form.getFormKey()).isEqualTo(task.getFormKey());
    assertThat(form.getSchema().toString()).contains("callOutcome");

    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("alice").send().join();
    assertThat(
            client
                .newUserTaskSearchRequest()
                .filter(f -> f.assignee("alice").processInstanceKey(task.getProcessInstanceKey()))
                .send()
                .join()
                .items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(task.getUserTaskKey());

    assertThatThrownBy(
            () ->
                client
                    .newCompleteUserTaskCommand(task.getUserTaskKey())
                    .variables(Map.of("callOutcome", "left a voicemail"))
                    .send()
                    .join())
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.details().getStatus()).isEqualTo(409);
              assertThat(problem.details().getTitle()).isEqualTo("INVALID_STATE");
              assertThat(problem.details().getDetail()).contains(DENIAL_REASON);
            });
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState())
        .isEqualTo(UserTaskState.CREATED);

    client
        .newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("callOutcome", "reached the customer"))
        .send()
        .join();

    assertThat(result.join().getVariablesAsMap())
        .containsEntry("welcomeCallOutcome", "reached the customer")
        .containsEntry("customerName", "ACME");
    final UserTask completed = client.newUserTaskGetRequest(task.getUserTaskKey()).send().join();
    assertThat(completed.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(completed.getCompletionDate()).isNotNull();
    assertThat(listenerCalls).hasValue(2);
    assertThat(listenedTasks)
        .as("the completing listener learns who completes the task, as from Camunda's gateway")
        .allSatisfy(
            listened -> {
              assertThat(listened.getAssignee()).isEqualTo("alice");
              assertThat(listened.getAction()).isEqualTo("complete");
              assertThat(listened.getUserTaskKey()).isEqualTo(task.getUserTaskKey());
              assertThat(listened.getCandidateGroups()).containsExactly("customer-success");
            });
  }

  @Test
  void unassignRemovesTheAssigneeThroughTheEngine() {
    final long processInstanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("welcome-call")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    final UserTask task = awaitTaskOf(processInstanceKey);

    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("bob").send().join();
    client.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join();

    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getAssignee())
        .isNull();
  }

  @Test
  void unknownUserTaskKeyAnswers404ProblemJson() throws Exception {
    assertThatThrownBy(() -> client.newUserTaskGetRequest(123L).send().join())
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.details().getStatus()).isEqualTo(404));
    assertThatThrownBy(() -> client.newCompleteUserTaskCommand(123L).send().join())
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.details().getStatus()).isEqualTo(404);
              assertThat(problem.details().getTitle()).isEqualTo("NOT_FOUND");
            });

    final HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(engine.rest("/v2/user-tasks/123")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"title\":\"NOT_FOUND\"", "\"instance\":\"/v2/user-tasks/123\"");
  }

  @Test
  void operationsTheEngineDoesNotServeAnswer501ProblemJsonNot404() throws Exception {
    final HttpClient http = HttpClient.newHttpClient();
    for (final HttpRequest request :
        List.of(
            HttpRequest.newBuilder(engine.rest("/v2/decision-definitions/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpRequest.newBuilder(engine.rest("/v2/process-instances/123/modification"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"activateInstructions\":[]}"))
                .build(),
            HttpRequest.newBuilder(engine.rest("/v2/element-instances/123/variables"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"stop\":true}}"))
                .build())) {
      final HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(request.uri().getPath()).isEqualTo(501);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body())
          .contains(
              "\"title\":\"NOT_IMPLEMENTED\"",
              "not implemented by Baton's embedded engine",
              request.uri().getPath());
    }
  }

  @Test
  void malformedRequestsAnswer400ProblemJson() throws Exception {
    final HttpClient http = HttpClient.newHttpClient();
    final HttpResponse<String> badKey =
        http.send(
            HttpRequest.newBuilder(engine.rest("/v2/user-tasks/not-a-key")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    final HttpResponse<String> badJson =
        http.send(
            HttpRequest.newBuilder(engine.rest("/v2/user-tasks/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"filter\":"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (final HttpResponse<String> response : List.of(badKey, badJson)) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body()).contains("\"status\":400", "\"instance\":\"/v2/user-tasks/");
    }
  }

  @Test
  void taskVariablesIncludeTheProcessScope() {
    final long processInstanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("welcome-call")
            .latestVersion()
            .variables(Map.of("customerName", "Globex"))
            .send()
            .join()
            .getProcessInstanceKey();
    final UserTask task = awaitTaskOf(processInstanceKey);

    assertThat(client.newUserTaskVariableSearchRequest(task.getUserTaskKey()).send().join().items())
        .anySatisfy(
            variable -> {
              assertThat(variable.getName()).isEqualTo("customerName");
              assertThat(variable.getValue()).isEqualTo("\"Globex\"");
            });
  }

  private static UserTask awaitTaskOf(final long processInstanceKey) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(processInstanceKey))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .getFirst();
  }

  private static BpmnModelInstance welcomeCallProcess() {
    return Bpmn.createExecutableProcess("welcome-call")
        .name("Welcome call")
        .startEvent("customer-signed")
        .userTask(
            "make-welcome-call",
            task ->
                task.name("Make the welcome call")
                    .zeebeUserTask()
                    .zeebeFormId("welcome-call-form")
                    .zeebeCandidateGroups("customer-success")
                    .zeebeTaskListener(listener -> listener.completing().type(LISTENER_TYPE))
                    .zeebeOutputExpression("callOutcome", "welcomeCallOutcome"))
        .endEvent("welcome-call-made")
        .done();
  }
}
