package io.baton.workflows;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.util.List;

/**
 * Deploys every BPMN, DMN and form of Baton to an engine in one deployment. Idempotent: the engine
 * keeps the current versions of resources that did not change.
 */
public final class ProcessDeployer {

  private ProcessDeployer() {}

  public static DeploymentEvent deployAll(CamundaClient client) {
    List<String> resources = ProcessContract.deployableResources();
    DeployResourceCommandStep2 command =
        client.newDeployResourceCommand().addResourceFromClasspath(resources.getFirst());
    for (String resource : resources.subList(1, resources.size())) {
      command = command.addResourceFromClasspath(resource);
    }
    return command.send().join();
  }
}
