package io.baton.engine;

import static io.baton.engine.RestRequests.check;
import static io.baton.engine.RestRequests.orEmpty;
import static io.baton.engine.RestRequests.required;

import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobChangeset;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import io.camunda.client.protocol.rest.UserTaskProperties;
import io.camunda.zeebe.protocol.impl.record.value.job.JobBatchRecord;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobKind;
import io.camunda.zeebe.protocol.record.value.TenantOwned;
import io.camunda.zeebe.util.buffer.BufferUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobs of Camunda 8.8's REST API, for workers that poll over REST: activate (long polling),
 * complete (with a job result, shared with gRPC in {@link CompleteJobCommands}), fail, throw a BPMN
 * error, and update retries or timeout.
 */
@RestController
@RequestMapping("/v2/jobs")
class JobController {

  /** Camunda's default long-polling time of an activation whose request timeout is 0. */
  static final Duration DEFAULT_LONG_POLLING = Duration.ofSeconds(10);

  private static final String JOBS_PERMISSION = "UPDATE_PROCESS_INSTANCE";
  private static final String JOBS_RESOURCE = "PROCESS_DEFINITION";

  private final EngineRuntime runtime;
  private final EngineAccess access;

  JobController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  /**
   * Activates up to {@code maxJobsToActivate} jobs of the type. If there is none, it waits (long
   * polling, as Camunda's gateway) until the engine reports jobs of the type available, then tries
   * again, until its {@code requestTimeout} (0: {@link #DEFAULT_LONG_POLLING}; negative: no
   * waiting) passed; then it answers an empty list.
   */
  @PostMapping("/activation")
  JobActivationResult activate(@RequestBody final JobActivationRequest request) {
    final String type = required(request.getType(), "type");
    final long timeout = required(request.getTimeout(), "timeout");
    check(timeout > 0, "timeout", timeout, "greater than 0");
    final int maxJobs = required(request.getMaxJobsToActivate(), "maxJobsToActivate");
    check(maxJobs > 0, "maxJobsToActivate", maxJobs, "greater than 0");
    final long requestTimeout =
        request.getRequestTimeout() == null ? 0 : request.getRequestTimeout();
    final Duration longPolling =
        requestTimeout == 0 ? DEFAULT_LONG_POLLING : Duration.ofMillis(Math.max(0, requestTimeout));
    access.requireSupervisor(JOBS_PERMISSION, JOBS_RESOURCE);
    final long deadline = System.nanoTime() + longPolling.toNanos();
    try {
      while (true) {
        final EmbeddedEngine engine = runtime.engine();
        final long seen = engine.availableJobs().notifications(type);
        final JobBatchRecord batch =
            engine
                .commands()
                .send(ValueType.JOB_BATCH, JobBatchIntent.ACTIVATE, -1, activation(request))
                .valueAs(new JobBatchRecord());
        final long remaining = deadline - System.nanoTime();
        if (!batch.getJobKeys().isEmpty() || remaining <= 0) {
          return result(batch);
        }
        engine.availableJobs().awaitAfter(type, seen, Duration.ofNanos(remaining));
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException("Interrupted while waiting for jobs");
    }
  }

  @PostMapping("/{jobKey}/completion")
  ResponseEntity<Void> complete(
      @PathVariable final long jobKey,
      @RequestBody(required = false) final JobCompletionRequest request) {
    return send(JobIntent.COMPLETE, jobKey, CompleteJobCommands.toCommand(request));
  }

  @PostMapping("/{jobKey}/failure")
  ResponseEntity<Void> fail(
      @PathVariable final long jobKey,
      @RequestBody(required = false) final JobFailRequest request) {
    final JobFailRequest failure = request == null ? new JobFailRequest() : request;
    final JobRecord command =
        new JobRecord()
            .setRetries(failure.getRetries() == null ? 0 : failure.getRetries())
            .setErrorMessage(orEmpty(failure.getErrorMessage()))
            .setRetryBackoff(failure.getRetryBackOff() == null ? 0 : failure.getRetryBackOff());
    return send(JobIntent.FAIL, jobKey, withVariables(command, failure.getVariables()));
  }

  @PostMapping("/{jobKey}/error")
  ResponseEntity<Void> throwError(
      @PathVariable final long jobKey, @RequestBody final JobErrorRequest request) {
    final JobRecord command =
        new JobRecord()
            .setErrorCode(BufferUtil.wrapString(required(request.getErrorCode(), "errorCode")))
            .setErrorMessage(orEmpty(request.getErrorMessage()));
    return send(JobIntent.THROW_ERROR, jobKey, withVariables(command, request.getVariables()));
  }

  /** Changes the retries and/or the timeout (from now) of an activated job in one command. */
  @PatchMapping("/{jobKey}")
  ResponseEntity<Void> update(
      @PathVariable final long jobKey, @RequestBody final JobUpdateRequest request) {
    final JobChangeset changeset = request.getChangeset();
    if (changeset == null || changeset.getRetries() == null && changeset.getTimeout() == null) {
      throw new IllegalArgumentException("At least one of [retries, timeout] is required");
    }
    final JobRecord command = new JobRecord();
    final Set<String> changed = new LinkedHashSet<>();
    if (changeset.getRetries() != null) {
      command.setRetries(changeset.getRetries());
      changed.add("retries");
    }
    if (changeset.getTimeout() != null) {
      command.setTimeout(changeset.getTimeout());
      changed.add("timeout");
    }
    return send(JobIntent.UPDATE, jobKey, command.setChangedAttributes(changed));
  }

  private ResponseEntity<Void> send(
      final JobIntent intent, final long jobKey, final JobRecord job) {
    access.requireSupervisor(JOBS_PERMISSION, JOBS_RESOURCE);
    runtime.engine().commands().send(ValueType.JOB, intent, jobKey, job);
    return ResponseEntity.noContent().build();
  }

  private static JobRecord withVariables(
      final JobRecord command, final Map<String, Object> variables) {
    RestRequests.setVariables(variables, command::setVariables);
    return command;
  }

  private static JobBatchRecord activation(final JobActivationRequest request) {
    final JobBatchRecord command =
        new JobBatchRecord()
            .setType(request.getType())
            .setWorker(orEmpty(request.getWorker()))
            .setTimeout(request.getTimeout())
            .setMaxJobsToActivate(request.getMaxJobsToActivate())
            .setTenantIds(
                request.getTenantIds() == null || request.getTenantIds().isEmpty()
                    ? List.of(TenantOwned.DEFAULT_TENANT_IDENTIFIER)
                    : request.getTenantIds());
    if (request.getFetchVariable() != null) {
      request
          .getFetchVariable()
          .forEach(name -> command.variables().add().wrap(BufferUtil.wrapString(name)));
    }
    return command;
  }

  private static JobActivationResult result(final JobBatchRecord batch) {
    final List<ActivatedJobResult> jobs = new ArrayList<>();
    final Iterator<Long> keys = batch.getJobKeys().iterator();
    batch.jobs().forEach(job -> jobs.add(activated(keys.next(), job)));
    return new JobActivationResult().jobs(jobs);
  }

  /**
   * An activated job as Camunda's gateway answers it: all custom headers, including the engine's
   * reserved {@code io.camunda.zeebe:*} ones, and for a task listener's job the user task they
   * describe as {@code userTask}.
   */
  private static ActivatedJobResult activated(final long jobKey, final JobRecord job) {
    return new ActivatedJobResult()
        .jobKey(Long.toString(jobKey))
        .type(job.getType())
        .processDefinitionId(job.getBpmnProcessId())
        .processDefinitionVersion(job.getProcessDefinitionVersion())
        .processDefinitionKey(Long.toString(job.getProcessDefinitionKey()))
        .processInstanceKey(Long.toString(job.getProcessInstanceKey()))
        .elementId(job.getElementId())
        .elementInstanceKey(Long.toString(job.getElementInstanceKey()))
        .customHeaders(job.getCustomHeadersObjectMap())
        .worker(job.getWorker())
        .retries(job.getRetries())
        .deadline(job.getDeadline())
        .variables(job.getVariables())
        .tenantId(job.getTenantId())
        .kind(JobKindEnum.fromValue(job.getJobKind().name()))
        .listenerEventType(JobListenerEventTypeEnum.fromValue(job.getJobListenerEventType().name()))
        .userTask(userTask(job))
        .tags(job.getTags());
  }

  private static UserTaskProperties userTask(final JobRecord job) {
    if (job.getJobKind() != JobKind.TASK_LISTENER) {
      return null;
    }
    return UserTaskHeaders.of(job.getCustomHeaders())
        .map(
            task ->
                new UserTaskProperties()
                    .action(task.action())
                    .assignee(task.assignee())
                    .candidateGroups(task.candidateGroups())
                    .candidateUsers(task.candidateUsers())
                    .changedAttributes(task.changedAttributes())
                    .dueDate(task.dueDate())
                    .followUpDate(task.followUpDate())
                    .formKey(task.formKey() == null ? null : task.formKey().toString())
                    .priority(task.priority())
                    .userTaskKey(Long.toString(task.userTaskKey())))
        .orElse(null);
  }
}
