package io.baton.workflows.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowsDeployerTest {

  @Test
  void exitsWithTheConfigurationCodeBeforeConnectingWhenTheConnectionIsIncomplete() {
    assertThat(WorkflowsDeployer.run(Map.of("CAMUNDA_CLIENT_MODE", "saas")))
        .isEqualTo(WorkflowsDeployer.CONFIGURATION_INVALID);
  }
}
