package io.baton.engine;

import io.camunda.client.protocol.rest.DeploymentDecisionRequirementsResult;
import io.camunda.client.protocol.rest.DeploymentDecisionResult;
import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResourceResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.zeebe.protocol.impl.record.value.deployment.DeploymentRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DeploymentIntent;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Camunda 8.8's {@code POST /v2/deployments}: the multipart {@code resources} (BPMN, DMN, forms...)
 * become one deployment CREATE command, and the response lists what the engine deployed.
 */
@RestController
class DeploymentController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  DeploymentController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping(path = "/v2/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DeploymentResult deploy(
      @RequestParam("resources") final List<MultipartFile> resources,
      @RequestParam(name = "tenantId", required = false) final String tenantId)
      throws IOException {
    final DeploymentRecord command = new DeploymentRecord();
    for (final MultipartFile resource : resources) {
      command
          .resources()
          .add()
          .setResourceName(RestRequests.required(resource.getOriginalFilename(), "resource name"))
          .setResource(resource.getBytes());
    }
    if (tenantId != null && !tenantId.isBlank()) {
      command.setTenantId(tenantId);
    }
    access.requireSupervisor("CREATE", "RESOURCE");
    final DeploymentRecord deployed =
        runtime
            .engine()
            .commands()
            .send(ValueType.DEPLOYMENT, DeploymentIntent.CREATE, -1, command)
            .valueAs(new DeploymentRecord());
    return result(deployed);
  }

  private static DeploymentResult result(final DeploymentRecord deployed) {
    final DeploymentResult result =
        new DeploymentResult()
            .deploymentKey(Long.toString(deployed.getDeploymentKey()))
            .tenantId(deployed.getTenantId());
    deployed.getProcessesMetadata().stream()
        .map(
            process ->
                new DeploymentProcessResult()
                    .processDefinitionId(process.getBpmnProcessId())
                    .processDefinitionVersion(process.getVersion())
                    .processDefinitionKey(Long.toString(process.getProcessDefinitionKey()))
                    .resourceName(process.getResourceName())
                    .tenantId(process.getTenantId()))
        .forEach(
            process ->
                result.addDeploymentsItem(
                    new DeploymentMetadataResult().processDefinition(process)));
    deployed.getDecisionsMetadata().stream()
        .map(
            decision ->
                new DeploymentDecisionResult()
                    .decisionDefinitionId(decision.getDecisionId())
                    .version(decision.getVersion())
                    .name(decision.getDecisionName())
                    .decisionDefinitionKey(Long.toString(decision.getDecisionKey()))
                    .decisionRequirementsId(decision.getDecisionRequirementsId())
                    .decisionRequirementsKey(Long.toString(decision.getDecisionRequirementsKey()))
                    .tenantId(decision.getTenantId()))
        .forEach(
            decision ->
                result.addDeploymentsItem(
                    new DeploymentMetadataResult().decisionDefinition(decision)));
    deployed.getDecisionRequirementsMetadata().stream()
        .map(
            requirements ->
                new DeploymentDecisionRequirementsResult()
                    .decisionRequirementsId(requirements.getDecisionRequirementsId())
                    .version(requirements.getDecisionRequirementsVersion())
                    .decisionRequirementsName(requirements.getDecisionRequirementsName())
                    .decisionRequirementsKey(
                        Long.toString(requirements.getDecisionRequirementsKey()))
                    .resourceName(requirements.getResourceName())
                    .tenantId(requirements.getTenantId()))
        .forEach(
            requirements ->
                result.addDeploymentsItem(
                    new DeploymentMetadataResult().decisionRequirements(requirements)));
    deployed.getFormMetadata().stream()
        .map(
            form ->
                new DeploymentFormResult()
                    .formId(form.getFormId())
                    .version(form.getVersion())
                    .formKey(Long.toString(form.getFormKey()))
                    .resourceName(form.getResourceName())
                    .tenantId(form.getTenantId()))
        .forEach(form -> result.addDeploymentsItem(new DeploymentMetadataResult().form(form)));
    deployed.getResourceMetadata().stream()
        .map(
            resource ->
                new DeploymentResourceResult()
                    .resourceId(resource.getResourceId())
                    .version(resource.getVersion())
                    .resourceKey(Long.toString(resource.getResourceKey()))
                    .resourceName(resource.getResourceName())
                    .tenantId(resource.getTenantId()))
        .forEach(
            resource ->
                result.addDeploymentsItem(new DeploymentMetadataResult().resource(resource)));
    return result;
  }
}
