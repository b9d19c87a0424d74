package io.baton.workflows.deployer;

import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys every BPMN, DMN and form of Baton ({@link ProcessDeployer#deployAll}) to the Camunda
 * cluster named by the environment ({@link CamundaConnection}), then exits: 0 when deployed, 1 when
 * the cluster refused or could not be reached, 2 when the configuration is wrong.
 *
 * <p>Idempotent: resources that did not change keep their version, so the Helm chart runs it on
 * every install and upgrade.
 */
public final class WorkflowsDeployer {

  static final int DEPLOYED = 0;
  static final int DEPLOYMENT_FAILED = 1;
  static final int CONFIGURATION_INVALID = 2;

  private static final Logger log = LoggerFactory.getLogger(WorkflowsDeployer.class);

  private WorkflowsDeployer() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv()));
  }

  static int run(Map<String, String> env) {
    CamundaConnection connection;
    try {
      connection = CamundaConnection.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      log.error("Invalid Camunda connection: {}", e.getMessage());
      return CONFIGURATION_INVALID;
    }
    log.info("Deploying Baton's workflows to {}", connection.grpcAddress());
    try (CamundaClient client = connection.newClient()) {
      report(ProcessDeployer.deployAll(client));
      return DEPLOYED;
    } catch (RuntimeException e) {
      log.error("Deployment to {} failed", connection.grpcAddress(), e);
      return DEPLOYMENT_FAILED;
    }
  }

  private static void report(DeploymentEvent deployment) {
    deployment
        .getProcesses()
        .forEach(
            p ->
                log.info(
                    "process {} version {} ({})",
                    p.getBpmnProcessId(),
                    p.getVersion(),
                    p.getResourceName()));
    deployment
        .getDecisions()
        .forEach(d -> log.info("decision {} version {}", d.getDmnDecisionId(), d.getVersion()));
    deployment
        .getForm()
        .forEach(
            f ->
                log.info(
                    "form {} version {} ({})", f.getFormId(), f.getVersion(), f.getResourceName()));
    log.info("Deployment {} done", deployment.getKey());
  }
}
