package io.baton.workflows.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.RunningEngine;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.response.Process;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook Job's program against the real Zeebe engine: it deploys, and redeploying is a no-op. */
class WorkflowsDeployerIT {

  @TempDir static Path dataDir;
  private static RunningEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = RunningEngine.start(dataDir);
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void redeployingUnchangedWorkflowsCreatesNoNewVersions() {
    Map<String, String> env = selfManagedAt(engine.grpcPort, engine.restPort);

    assertThat(WorkflowsDeployer.run(env)).isEqualTo(WorkflowsDeployer.DEPLOYED);
    assertThat(WorkflowsDeployer.run(env)).isEqualTo(WorkflowsDeployer.DEPLOYED);

    try (CamundaClient client = engine.newClient()) {
      DeploymentEvent current = ProcessDeployer.deployAll(client);
      assertThat(current.getProcesses())
          .isNotEmpty()
          .extracting(Process::getVersion)
          .containsOnly(1);
      assertThat(current.getForm()).isNotEmpty().extracting(Form::getVersion).containsOnly(1);
      assertThat(current.getDecisions()).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));
    }
  }

  @Test
  void failsWhenNoEngineAnswers() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThat(WorkflowsDeployer.run(selfManagedAt(closedPort, closedPort)))
        .isEqualTo(WorkflowsDeployer.DEPLOYMENT_FAILED);
  }

  private static Map<String, String> selfManagedAt(int grpcPort, int restPort) {
    return Map.of(
        CamundaConnection.MODE, "self-managed",
        CamundaConnection.GRPC_ADDRESS, "http://localhost:" + grpcPort,
        CamundaConnection.REST_ADDRESS, "http://localhost:" + restPort);
  }
}
