package io.baton.engine;

import static io.baton.engine.RestRequests.exactlyOne;

import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceCreationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceCreationTerminateInstruction;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceCreationRecord;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceCreationRuntimeInstruction;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceCreationStartInstruction;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceResultRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceCreationIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.RuntimeInstructionType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commands on process instances of Camunda 8.8's REST API: create one (of a definition's id and
 * version, or its key; with variables, start and runtime instructions, tags), optionally awaiting
 * its completion, and cancel one.
 */
@RestController
@RequestMapping("/v2/process-instances")
class ProcessInstanceCommandController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  ProcessInstanceCommandController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  /**
   * With {@code awaitCompletion} the engine answers only once the instance completed, with the
   * {@code fetchVariables} (all if none); the request waits its {@code requestTimeout}, or the
   * engine's request timeout if it sets none (0), as Camunda's gateway does.
   */
  @PostMapping
  CreateProcessInstanceResult create(
      @RequestBody final ProcessInstanceCreationInstruction request) {
    final ProcessInstanceCreationRecord command = command(request);
    access.requireSupervisor("CREATE_PROCESS_INSTANCE", "PROCESS_DEFINITION");
    final RestCommandGateway commands = runtime.engine().commands();
    if (Boolean.TRUE.equals(request.getAwaitCompletion())) {
      command.setFetchVariables(orEmpty(request.getFetchVariables()));
      final Long requestTimeout = request.getRequestTimeout();
      final ProcessInstanceResultRecord completed =
          commands
              .send(
                  ValueType.PROCESS_INSTANCE_CREATION,
                  ProcessInstanceCreationIntent.CREATE_WITH_AWAITING_RESULT,
                  -1,
                  command,
                  requestTimeout != null && requestTimeout > 0
                      ? Duration.ofMillis(requestTimeout)
                      : commands.defaultTimeout())
              .valueAs(new ProcessInstanceResultRecord());
      return result(
              completed.getProcessDefinitionKey(),
              completed.getBpmnProcessId(),
              completed.getVersion(),
              completed.getProcessInstanceKey(),
              completed.getTenantId(),
              completed.getTags())
          .variables(completed.getVariables());
    }
    final ProcessInstanceCreationRecord created =
        commands
            .send(
                ValueType.PROCESS_INSTANCE_CREATION,
                ProcessInstanceCreationIntent.CREATE,
                -1,
                command)
            .valueAs(new ProcessInstanceCreationRecord());
    return result(
        created.getProcessDefinitionKey(),
        created.getBpmnProcessId(),
        created.getVersion(),
        created.getProcessInstanceKey(),
        created.getTenantId(),
        created.getTags());
  }

  @PostMapping("/{processInstanceKey}/cancellation")
  ResponseEntity<Void> cancel(@PathVariable final long processInstanceKey) {
    access.requireSupervisor("CANCEL_PROCESS_INSTANCE", "PROCESS_DEFINITION");
    runtime
        .engine()
        .commands()
        .send(
            ValueType.PROCESS_INSTANCE,
            ProcessInstanceIntent.CANCEL,
            processInstanceKey,
            new ProcessInstanceRecord().setProcessInstanceKey(processInstanceKey));
    return ResponseEntity.noContent().build();
  }

  private static ProcessInstanceCreationRecord command(
      final ProcessInstanceCreationInstruction request) {
    exactlyOne(
        request.getProcessDefinitionId(),
        "processDefinitionId",
        request.getProcessDefinitionKey(),
        "processDefinitionKey");
    final ProcessInstanceCreationRecord command = new ProcessInstanceCreationRecord();
    if (request.getProcessDefinitionKey() != null) {
      command.setProcessDefinitionKey(
          RestRequests.key(request.getProcessDefinitionKey(), "processDefinitionKey"));
    } else {
      final Integer version = request.getProcessDefinitionVersion();
      command
          .setBpmnProcessId(request.getProcessDefinitionId())
          .setVersion(version == null ? -1 : version);
    }
    RestRequests.setVariables(request.getVariables(), command::setVariables);
    RestRequests.setTenant(request.getTenantId(), command::setTenantId);
    if (request.getTags() != null) {
      command.setTags(request.getTags());
    }
    orEmpty(request.getStartInstructions())
        .forEach(
            start ->
                command.addStartInstruction(
                    new ProcessInstanceCreationStartInstruction()
                        .setElementId(
                            RestRequests.required(
                                start.getElementId(), "startInstructions.elementId"))));
    orEmpty(request.getRuntimeInstructions())
        .forEach(
            instruction -> {
              if (!(instruction
                  instanceof final ProcessInstanceCreationTerminateInstruction terminate)) {
                throw new IllegalArgumentException(
                    "Unknown runtime instruction type: " + instruction.getType());
              }
              command.addRuntimeInstruction(
                  new ProcessInstanceCreationRuntimeInstruction()
                      .setType(RuntimeInstructionType.TERMINATE_PROCESS_INSTANCE)
                      .setAfterElementId(
                          RestRequests.required(
                              terminate.getAfterElementId(),
                              "runtimeInstructions.afterElementId")));
            });
    return command;
  }

  private static CreateProcessInstanceResult result(
      final long processDefinitionKey,
      final String processDefinitionId,
      final int version,
      final long processInstanceKey,
      final String tenantId,
      final Set<String> tags) {
    return new CreateProcessInstanceResult()
        .processDefinitionKey(Long.toString(processDefinitionKey))
        .processDefinitionId(processDefinitionId)
        .processDefinitionVersion(version)
        .processInstanceKey(Long.toString(processInstanceKey))
        .tenantId(tenantId)
        .tags(tags);
  }

  private static <T> List<T> orEmpty(final List<T> list) {
    return list == null ? List.of() : list;
  }
}
