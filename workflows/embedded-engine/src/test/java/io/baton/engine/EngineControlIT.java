package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.ValueType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineControlIT {

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static ContainerizedEngine control;
  private static CamundaClient client;

  @BeforeAll
  static void startEngine() {
    engine = RunningEngine.start(dataDir);
    control = engine.control();
    client = engine.newClient();
  }

  @AfterAll
  static void stopEngine() {
    BpmnAssert.resetRecordStream();
    client.close();
    engine.close();
  }

  @BeforeEach
  void resetEngine() {
    control.reset();
    BpmnAssert.initRecordStream(RecordStream.of(control.getRecordStreamSource()));
  }

  @Test
  void bpmnAssertSeesTheElementsAProcessPassed() throws Exception {
    deploy(reminderProcess());
    final long instance = startReminder();

    control.waitForIdleState(Duration.ofSeconds(10));

    processInstance(instance)
        .isActive()
        .hasPassedElement("reminder-requested")
        .isWaitingAtElements("wait-one-day")
        .hasNotPassedElement("reminder-sent");
  }

  @Test
  void increaseTimeFiresATimer() throws Exception {
    deploy(reminderProcess());
    final long instance = startReminder();
    control.waitForIdleState(Duration.ofSeconds(10));

    control.increaseTime(Duration.ofDays(1).plusMinutes(1));
    control.waitForBusyState(Duration.ofSeconds(10));
    control.waitForIdleState(Duration.ofSeconds(10));

    processInstance(instance)
        .hasPassedElementsInOrder("reminder-requested", "wait-one-day", "reminder-sent")
        .isCompleted();
  }

  @Test
  void resetForgetsDeploymentsAndRecords() throws Exception {
    deploy(reminderProcess());
    startReminder();
    control.waitForIdleState(Duration.ofSeconds(10));

    control.reset();

    assertThat(control.getRecords())
        .noneMatch(record -> record.getValueType() == ValueType.PROCESS_INSTANCE)
        .noneMatch(record -> record.getValueType() == ValueType.PROCESS);
    assertThatThrownBy(this::startReminder)
        .isInstanceOf(ClientStatusException.class)
        .hasMessageContaining("reminder");
  }

  private static void deploy(final BpmnModelInstance process) {
    client.newDeployResourceCommand().addProcessModel(process, "reminder.bpmn").send().join();
  }

  private long startReminder() {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("reminder")
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private static ProcessInstanceAssert processInstance(final long key) {
    return new ProcessInstanceAssert(key, BpmnAssert.getRecordStream());
  }

  private static BpmnModelInstance reminderProcess() {
    return Bpmn.createExecutableProcess("reminder")
        .startEvent("reminder-requested")
        .intermediateCatchEvent("wait-one-day", event -> event.timerWithDuration("P1D"))
        .endEvent("reminder-sent")
        .done();
  }
}
