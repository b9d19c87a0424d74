package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRestartIT {

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
      client
          .newDeployResourceCommand()
          .addProcessModel(kickoffProcess(), "customer-kickoff.bpmn")
          .send()
          .join();
      processInstanceKey =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId("customer-kickoff")
              .latestVersion()
              .variables(Map.of("customerId", "cust-42"))
              .send()
              .join()
              .getProcessInstanceKey();
      awaitReviewTask(client, processInstanceKey);
      engine.control().waitForIdleState(Duration.ofSeconds(10));
    }

    try (RunningEngine restarted = RunningEngine.start(dataDir);
        CamundaClient client = restarted.newClient()) {
      final ContainerizedEngine control = restarted.control();
      final RecordStream records = RecordStream.of(control.getRecordStreamSource());
      BpmnAssert.initRecordStream(records);

      final UserTask review = awaitReviewTask(client, processInstanceKey);
      client.newCompleteUserTaskCommand(review.getUserTaskKey()).send().join();
      client
          .newPublishMessageCommand()
          .messageName("kickoff-call-booked")
          .correlationKey("cust-42")
          .send()
          .join();
      control.increaseTime(Duration.ofMinutes(10));

      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  new ProcessInstanceAssert(processInstanceKey, records)
                      .hasPassedElementsInOrder("contract-reviewed", "kickoff-done")
                      .hasPassedElement("kickoff-call-booked")
                      .hasPassedElement("grace-period-over")
                      .isCompleted());

      final long secondInstance =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId("customer-kickoff")
              .latestVersion()
              .variables(Map.of("customerId", "cust-43"))
              .send()
              .join()
              .getProcessInstanceKey();
      assertThat(awaitReviewTask(client, secondInstance).getProcessInstanceKey())
          .isEqualTo(secondInstance);
    }
  }

  private static UserTask awaitReviewTask(final CamundaClient client, final long instanceKey) {
    final List<UserTask> tasks =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey).elementId("review-contract"))
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
        .userTask("review-contract", task -> task.zeebeUserTask().zeebeCandidateGroups("sales"))
        .endEvent("contract-reviewed")
        .moveToNode("kickoff-started")
        .intermediateCatchEvent(
            "kickoff-call-booked",
            event ->
                event.message(
                    message ->
                        message.name("kickoff-call-booked").zeebeCorrelationKeyExpression("customerId")))
        .endEvent("kickoff-call-done")
        .moveToNode("kickoff-started")
        .intermediateCatchEvent("grace-period-over", event -> event.timerWithDuration("PT5M"))
        .endEvent("kickoff-done")
        .done();
  }
}
