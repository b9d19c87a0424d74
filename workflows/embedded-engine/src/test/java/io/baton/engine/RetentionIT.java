package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine keeps: open tasks and running instances, finished ones for the read models'
 * retention (a day here; the engine clock moves past it), and of the log only what the latest
 * snapshot does not cover.
 */
class RetentionIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String[] SETTINGS = {
    "--baton.engine.read-model.retention=1d", "--baton.engine.snapshot-period=1h"
  };

  @TempDir Path dataDir;

  @Test
  void finishedTasksAndInstancesLeaveTheSearchesOnceOlderThanTheRetention() throws Exception {
    try (RunningEngine engine = RunningEngine.start(dataDir, SETTINGS);
        CamundaClient client = engine.newClient()) {
      final ContainerizedEngine control = engine.control();
      deployApproval(client);
      final long open = startApproval(client, "order-1");
      final long completed = startApproval(client, "order-2");
      final long canceled = startApproval(client, "order-3");
      final long openTask = awaitTask(client, open).getUserTaskKey();
      final long completedTask = awaitTask(client, completed).getUserTaskKey();
      final long canceledTask = awaitTask(client, canceled).getUserTaskKey();
      client.newCompleteUserTaskCommand(completedTask).send().join();
      client.newCancelInstanceCommand(canceled).send().join();
      await()
          .atMost(WAIT)
          .until(
              () -> instances(client).stream().map(ProcessInstance::getState).toList(),
              states ->
                  states.containsAll(
                      List.of(
                          ProcessInstanceState.ACTIVE,
                          ProcessInstanceState.COMPLETED,
                          ProcessInstanceState.TERMINATED)));

      control.increaseTime(Duration.ofHours(23));
      assertThat(tasks(client)).containsExactlyInAnyOrder(openTask, completedTask, canceledTask);
      assertThat(instances(client))
          .extracting(ProcessInstance::getProcessInstanceKey)
          .containsExactlyInAnyOrder(open, completed, canceled);

      control.increaseTime(Duration.ofHours(2));
      assertThat(tasks(client)).containsExactly(openTask);
      assertThatThrownBy(() -> client.newUserTaskGetRequest(completedTask).send().join())
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> assertThat(problem.details().getStatus()).isEqualTo(404));
      assertThat(instances(client))
          .extracting(ProcessInstance::getProcessInstanceKey)
          .containsExactly(open);
      assertThat(client.newElementInstanceSearchRequest().send().join().items())
          .extracting(ElementInstance::getProcessInstanceKey)
          .containsOnly(open);
      assertThat(client.newVariableSearchRequest().send().join().items())
          .extracting(Variable::getProcessInstanceKey)
          .containsExactly(open);
      assertThat(client.newUserTaskVariableSearchRequest(openTask).send().join().items())
          .extracting(Variable::getValue)
          .containsExactly("\"order-1\"");
    }
  }

  @Test
  void finishedInstancesMoveOffTheHeapAndASnapshotAfterTheRetentionLeavesOnlyWhatIsLive()
      throws Exception {
    try (RunningEngine engine = RunningEngine.start(dataDir, SETTINGS);
        CamundaClient client = engine.newClient()) {
      final ContainerizedEngine control = engine.control();
      final EmbeddedEngine embedded = engine.bean(EngineRuntime.class).engine();
      deployApproval(client);
      final List<Long> live =
          List.of(startApproval(client, "live-1"), startApproval(client, "live-2"));
      live.forEach(instance -> awaitTask(client, instance));
      control.waitForIdleState(WAIT);
      final Map<String, Integer> userTasksWhenOnlyLive = caughtUp(embedded.userTasks());
      final Map<String, Integer> processesWhenOnlyLive = caughtUp(embedded.processes());

      final List<Long> finished = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        finished.add(startApproval(client, "finished-" + i));
      }
      finished.forEach(
          instance ->
              client
                  .newCompleteUserTaskCommand(awaitTask(client, instance).getUserTaskKey())
                  .send()
                  .join());
      await()
          .atMost(WAIT)
          .until(
              () ->
                  instances(client).stream()
                      .filter(instance -> instance.getState() == ProcessInstanceState.COMPLETED)
                      .count(),
              count -> count == finished.size());
      control.waitForIdleState(WAIT);
      assertThat(caughtUp(embedded.userTasks()))
          .as("finished tasks and their instances' scopes are archived, off the heap")
          .containsEntry("tasks", live.size())
          .containsEntry("archived tasks", finished.size())
          .containsEntry("processInstances", live.size())
          .containsEntry("archived processInstances", finished.size());
      assertThat(caughtUp(embedded.processes()))
          .containsEntry("processInstances", live.size())
          .containsEntry("archived processInstances", finished.size());
      assertThat(tasks(client)).hasSize(live.size() + finished.size());
      control.increaseTime(Duration.ofDays(2));
      control.waitForIdleState(WAIT);
      final int blocksBefore = embedded.logStorage().blockCount();

      assertThat(embedded.takeSnapshot()).isPresent();

      assertThat(embedded.userTasks().sizes()).isEqualTo(userTasksWhenOnlyLive);
      assertThat(embedded.processes().sizes()).isEqualTo(processesWhenOnlyLive);
      assertThat(embedded.logStorage().blockCount())
          .as("the blocks from the one holding the snapshot's position on, of %s", blocksBefore)
          .isLessThanOrEqualTo(2);
      assertThat(tasks(client)).hasSize(live.size());
    }
  }

  @Test
  void anEngineWithoutEngineControlKeepsNoRecordStream() {
    final EmbeddedEngine engine = new EmbeddedEngine(dataDir, 0, Duration.ofSeconds(15), List.of());
    engine.start();
    try {
      assertThatThrownBy(engine::records).hasMessageContaining("Engine control is off");
    } finally {
      engine.stop();
    }
  }

  private static Map<String, Integer> caughtUp(final RecordReadModel<?> model) {
    model.catchUp();
    return model.sizes();
  }

  private static void deployApproval(final CamundaClient client) {
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("approval")
                .startEvent("requested")
                .userTask("approve", task -> task.zeebeUserTask().zeebeCandidateGroups("ops"))
                .endEvent("approved")
                .done(),
            "approval.bpmn")
        .send()
        .join();
  }

  private static long startApproval(final CamundaClient client, final String order) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("approval")
        .latestVersion()
        .variables(Map.of("order", order))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static UserTask awaitTask(final CamundaClient client, final long instance) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(filter -> filter.processInstanceKey(instance))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .getFirst();
  }

  private static List<Long> tasks(final CamundaClient client) {
    return client.newUserTaskSearchRequest().send().join().items().stream()
        .map(UserTask::getUserTaskKey)
        .toList();
  }

  private static List<ProcessInstance> instances(final CamundaClient client) {
    return client.newProcessInstanceSearchRequest().send().join().items();
  }
}
