package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRestartIT {

  /** Snapshots only when a test takes one (and at a graceful stop). */
  private static final String NO_SCHEDULED_SNAPSHOTS = "--baton.engine.snapshot-period=1h";

  @TempDir Path dataDir;

  @AfterEach
  void forgetRecordStream() {
    BpmnAssert.resetRecordStream();
  }

  @Test
  void waitingUserTaskMessageSubscriptionAndTimerSurviveARestart() throws Exception {
    final long processInstanceKey;
    try (RunningEngine engine = RunningEngine.start(dataDir);
        CamundaClient client = engine.newClient()) {
      deployKickoff(client);
      processInstanceKey = startKickoff(client, "cust-42");
      awaitReviewTask(client, processInstanceKey);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
    }

    try (RunningEngine restarted = RunningEngine.start(dataDir);
        CamundaClient client = restarted.newClient()) {
      final ContainerizedEngine control = restarted.control();
      final RecordStream records = RecordStream.of(control.getRecordStreamSource());
      BpmnAssert.initRecordStream(records);

      completeKickoffs(client, control, records, Map.of(processInstanceKey, "cust-42"));

      final long secondInstance = startKickoff(client, "cust-43");
      assertThat(awaitReviewTask(client, secondInstance).getProcessInstanceKey())
          .isEqualTo(secondInstance);
    }
  }

  @Test
  void aSnapshotWhoseReadModelsAnotherFormatSavedIsRefusedWithWhatToDo() throws Exception {
    final Path snapshot;
    try (RunningEngine engine = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = engine.newClient()) {
      deployKickoff(client);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
      snapshot = embedded(engine).takeSnapshot().orElseThrow().directory();
    }
    final Path saved = snapshot.resolve("user-tasks.json.gz");
    final String json;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(saved))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json).startsWith("{\"format\":2,");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(saved))) {
      out.write(json.replace("{\"format\":2,", "{").getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> new EmbeddedEngine(dataDir, 0, Duration.ofSeconds(15), List.of()))
        .hasMessageContaining("has format 0, this engine reads format 2")
        .hasMessageContaining("delete the data dir");
  }

  @Test
  void aSnapshotCompactsTheLogAndARestartRecoversStateAndSearchesFromIt() throws Exception {
    final long processInstanceKey;
    try (RunningEngine engine = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = engine.newClient()) {
      deployKickoff(client);
      processInstanceKey = startKickoff(client, "cust-42");
      awaitReviewTask(client, processInstanceKey);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
      final EmbeddedEngine embedded = embedded(engine);
      final int blocksBefore = embedded.logStorage().blockCount();

      assertThat(embedded.takeSnapshot()).isPresent();

      assertThat(embedded.logStorage().blockCount()).isLessThan(blocksBefore);
      assertThat(snapshots()).hasSize(1);
    }

    try (RunningEngine restarted = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = restarted.newClient()) {
      final ContainerizedEngine control = restarted.control();
      final RecordStream records = RecordStream.of(control.getRecordStreamSource());
      BpmnAssert.initRecordStream(records);
      assertThat(embedded(restarted).records().since(0).getFirst().getPosition())
          .as("the log before the snapshot is no longer read")
          .isGreaterThan(1);

      final UserTask review =
          client
              .newUserTaskSearchRequest()
              .filter(f -> f.candidateGroup("sales").processInstanceVariables(customer("cust-42")))
              .send()
              .join()
              .items()
              .getFirst();
      assertThat(review.getProcessInstanceKey()).isEqualTo(processInstanceKey);
      assertThat(review.getName()).isEqualTo("Review the contract");
      assertThat(
              client
                  .newUserTaskVariableSearchRequest(review.getUserTaskKey())
                  .send()
                  .join()
                  .items())
          .extracting(Variable::getName, Variable::getValue)
          .containsExactly(tuple("customerId", "\"cust-42\""));
      assertThat(instance(client, processInstanceKey).getState())
          .isEqualTo(ProcessInstanceState.ACTIVE);
      assertThat(
              client
                  .newElementInstanceSearchRequest()
                  .filter(
                      f ->
                          f.processInstanceKey(processInstanceKey)
                              .state(ElementInstanceState.ACTIVE))
                  .send()
                  .join()
                  .items())
          .extracting(element -> element.getElementId())
          .containsExactlyInAnyOrder("review-contract", "kickoff-call-booked", "grace-period-over");

      completeKickoffs(client, control, records, Map.of(processInstanceKey, "cust-42"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> instance(client, processInstanceKey).getState(),
              state -> state == ProcessInstanceState.COMPLETED);
    }
  }

  @Test
  void aCrashAfterASnapshotRecoversFromItAndReplaysTheLogAfterIt() throws Exception {
    final Path crashed = dataDir.resolve("crashed");
    final long beforeSnapshot;
    final long afterSnapshot;
    try (RunningEngine engine = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = engine.newClient()) {
      deployKickoff(client);
      beforeSnapshot = startKickoff(client, "cust-42");
      awaitReviewTask(client, beforeSnapshot);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
      assertThat(embedded(engine).takeSnapshot()).isPresent();
      afterSnapshot = startKickoff(client, "cust-43");
      awaitReviewTask(client, afterSnapshot);
      engine.control().waitForIdleState(Duration.ofSeconds(10));

      copyAsACrashLeavesIt(crashed);
    }

    try (RunningEngine restarted = RunningEngine.start(crashed, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = restarted.newClient()) {
      final ContainerizedEngine control = restarted.control();
      final RecordStream records = RecordStream.of(control.getRecordStreamSource());
      BpmnAssert.initRecordStream(records);

      completeKickoffs(
          client, control, records, Map.of(beforeSnapshot, "cust-42", afterSnapshot, "cust-43"));
    }
  }

  @Test
  void everySearchAnswersTheSameAfterARestartFromASnapshot() throws Exception {
    final Map<String, String> before;
    try (RunningEngine engine = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = engine.newClient()) {
      client
          .newDeployResourceCommand()
          .addProcessModel(chargeProcess(), "charge.bpmn")
          .addResourceFromClasspath("forms/welcome-call.form")
          .send()
          .join();
      final long failing = startCharge(client);
      final long waiting = startCharge(client);
      final long canceled = startCharge(client);
      client
          .newCompleteUserTaskCommand(awaitTask(client, failing, "approve").getUserTaskKey())
          .send()
          .join();
      client
          .newAssignUserTaskCommand(awaitTask(client, waiting, "approve").getUserTaskKey())
          .assignee("carl")
          .send()
          .join();
      awaitTask(client, canceled, "approve");
      client.newCancelInstanceCommand(canceled).send().join();
      final ActivatedJob charge =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      client
                          .newActivateJobsCommand()
                          .jobType("charge")
                          .maxJobsToActivate(1)
                          .send()
                          .join()
                          .getJobs(),
                  jobs -> jobs.size() == 1)
              .getFirst();
      client.newFailCommand(charge).retries(0).errorMessage("Card declined").send().join();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> client.newIncidentSearchRequest().send().join().items().size() == 1);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
      before = answers(engine, client);
      assertThat(embedded(engine).takeSnapshot()).isPresent();
    }

    try (RunningEngine restarted = RunningEngine.start(dataDir, NO_SCHEDULED_SNAPSHOTS);
        CamundaClient client = restarted.newClient()) {
      assertThat(answers(restarted, client)).isEqualTo(before);
    }
  }

  /**
   * What the REST API answers about everything the read models keep: every search, and each task's
   * form and variables.
   */
  private static Map<String, String> answers(final RunningEngine engine, final CamundaClient client)
      throws Exception {
    final Map<String, String> answers = new TreeMap<>();
    for (final String search :
        List.of(
            "/v2/user-tasks/search",
            "/v2/process-instances/search",
            "/v2/element-instances/search",
            "/v2/variables/search",
            "/v2/incidents/search")) {
      answers.put(search, answer(engine, search, HttpRequest.BodyPublishers.ofString("{}")));
    }
    for (final UserTask task : client.newUserTaskSearchRequest().send().join().items()) {
      final String path = "/v2/user-tasks/" + task.getUserTaskKey();
      answers.put(path + "/form", answer(engine, path + "/form", null));
      answers.put(
          path + "/variables/search",
          answer(engine, path + "/variables/search", HttpRequest.BodyPublishers.ofString("{}")));
    }
    return answers;
  }

  /** The status and body of a GET (no body) or a JSON POST. */
  private static String answer(
      final RunningEngine engine, final String path, final HttpRequest.BodyPublisher body)
      throws Exception {
    final HttpRequest.Builder request =
        HttpRequest.newBuilder(engine.rest(path)).header("Content-Type", "application/json");
    try (HttpClient http = HttpClient.newHttpClient()) {
      final HttpResponse<String> response =
          http.send(
              body == null ? request.GET().build() : request.POST(body).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body();
    }
  }

  private static long startCharge(final CamundaClient client) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("charge")
        .latestVersion()
        .variables(Map.of("amount", 120, "customer", Map.of("id", "cust-42")))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** A process with every kind of item the read models keep: forms, tasks, jobs, incidents. */
  private static BpmnModelInstance chargeProcess() {
    return Bpmn.createExecutableProcess("charge")
        .name("Charge the customer")
        .versionTag("v1")
        .startEvent("requested")
        .userTask(
            "approve",
            task ->
                task.name("Approve the charge")
                    .zeebeUserTask()
                    .zeebeFormId("welcome-call-form")
                    .zeebeCandidateGroups("finance")
                    .zeebeCandidateUsers("carl")
                    .zeebeDueDate("2030-01-02T17:00:00Z")
                    .zeebeTaskPriority("70")
                    .zeebeTaskHeader("channel", "phone"))
        .serviceTask("charge-card", task -> task.zeebeJobType("charge"))
        .endEvent("charged")
        .done();
  }

  /**
   * The data dir as a crash of the engine would leave it: the log as the OS holds it and the
   * snapshots, but no last snapshot at stop (and the runtime state, which no start reads).
   */
  private void copyAsACrashLeavesIt(final Path crashed) throws IOException {
    Files.createDirectories(crashed.resolve(EngineState.DIRECTORY));
    Files.createDirectories(LogSegments.logDir(crashed));
    for (final Path segment : LogSegments.segmentFiles(dataDir)) {
      Files.copy(segment, LogSegments.logDir(crashed).resolve(segment.getFileName()));
    }
    final Path snapshots = snapshotsDirectory();
    try (Stream<Path> files = Files.walk(snapshots)) {
      files.forEach(
          file -> {
            try {
              Files.copy(
                  file,
                  crashed
                      .resolve(EngineState.DIRECTORY)
                      .resolve(dataDir.resolve(EngineState.DIRECTORY).relativize(file)));
            } catch (final IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private Path snapshotsDirectory() {
    return dataDir.resolve(EngineState.DIRECTORY).resolve("snapshots");
  }

  private List<Path> snapshots() throws IOException {
    try (Stream<Path> listed = Files.list(snapshotsDirectory())) {
      return listed.toList();
    }
  }

  private static EmbeddedEngine embedded(final RunningEngine engine) {
    return engine.bean(EngineRuntime.class).engine();
  }

  /** Completes each instance's review and books its call, then lets the grace periods pass. */
  private static void completeKickoffs(
      final CamundaClient client,
      final ContainerizedEngine control,
      final RecordStream records,
      final Map<Long, String> customerByInstance)
      throws Exception {
    customerByInstance.forEach(
        (instance, customerId) -> {
          client
              .newCompleteUserTaskCommand(awaitReviewTask(client, instance).getUserTaskKey())
              .send()
              .join();
          client
              .newPublishMessageCommand()
              .messageName("kickoff-call-booked")
              .correlationKey(customerId)
              .send()
              .join();
        });
    control.increaseTime(Duration.ofMinutes(10));
    customerByInstance
        .keySet()
        .forEach(
            instance ->
                await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                        () ->
                            new ProcessInstanceAssert(instance, records)
                                .hasPassedElementsInOrder("contract-reviewed", "kickoff-done")
                                .hasPassedElement("kickoff-call-booked")
                                .hasPassedElement("grace-period-over")
                                .isCompleted()));
  }

  private static void deployKickoff(final CamundaClient client) {
    client
        .newDeployResourceCommand()
        .addProcessModel(kickoffProcess(), "customer-kickoff.bpmn")
        .send()
        .join();
  }

  private static long startKickoff(final CamundaClient client, final String customerId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("customer-kickoff")
        .latestVersion()
        .variables(Map.of("customerId", customerId))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** The customer variable as searches compare it: its JSON text. */
  private static Map<String, Object> customer(final String customerId) {
    return Map.of("customerId", "\"" + customerId + "\"");
  }

  private static ProcessInstance instance(final CamundaClient client, final long key) {
    return client.newProcessInstanceGetRequest(key).send().join();
  }

  private static UserTask awaitReviewTask(final CamundaClient client, final long instanceKey) {
    return awaitTask(client, instanceKey, "review-contract");
  }

  private static UserTask awaitTask(
      final CamundaClient client, final long instanceKey, final String elementId) {
    final List<UserTask> tasks =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey).elementId(elementId))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1);
    return tasks.getFirst();
  }

  private static BpmnModelInstance kickoffProcess() {
    return Bpmn.createExecutableProcess("customer-kickoff")
        .startEvent("customer-won")
        .parallelGateway("kickoff-started")
        .userTask(
            "review-contract",
            task -> task.name("Review the contract").zeebeUserTask().zeebeCandidateGroups("sales"))
        .endEvent("contract-reviewed")
        .moveToNode("kickoff-started")
        .intermediateCatchEvent(
            "kickoff-call-booked",
            event ->
                event.message(
                    message ->
                        message
                            .name("kickoff-call-booked")
                            .zeebeCorrelationKeyExpression("customerId")))
        .endEvent("kickoff-call-done")
        .moveToNode("kickoff-started")
        .intermediateCatchEvent("grace-period-over", event -> event.timerWithDuration("PT5M"))
        .endEvent("kickoff-done")
        .done();
  }
}
