package io.baton.workflows;

import io.baton.engine.RunningEngine;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process test on the embedded engine: one engine for the test class, reset and given every
 * workflow resource again before each test, with {@code BpmnAssert} reading its records.
 */
abstract class EngineProcessTest {

  @TempDir static Path dataDir;
  static RunningEngine engine;
  static ContainerizedEngine control;
  static CamundaClient client;

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
  void deployOnAFreshEngine() {
    control.reset();
    BpmnAssert.initRecordStream(RecordStream.of(control.getRecordStreamSource()));
    ProcessDeployer.deployAll(client);
  }

  static ProcessInstanceAssert processInstance(long processInstanceKey) {
    return BpmnAssert.assertThat(new InspectedProcessInstance(processInstanceKey));
  }
}
