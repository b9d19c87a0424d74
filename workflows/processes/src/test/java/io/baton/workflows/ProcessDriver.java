package io.baton.workflows;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CompleteUserTaskResponse;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays the workers and the people of a process on the embedded engine: activates and completes
 * jobs, and completes user tasks while deciding their task listeners.
 */
class ProcessDriver {

  static final Duration WAIT = Duration.ofSeconds(10);

  final CamundaClient client;
  final ContainerizedEngine control;

  ProcessDriver(CamundaClient client, ContainerizedEngine control) {
    this.client = client;
    this.control = control;
  }

  /** Waits until a job of the type can be activated, and activates it. */
  ActivatedJob awaitJob(String jobType) {
    return await()
        .atMost(WAIT)
        .until(() -> activateJobs(jobType), jobs -> !jobs.isEmpty())
        .getFirst();
  }

  /** The jobs of the type that can be activated right now. */
  List<ActivatedJob> activateJobs(String jobType) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(10)
        .send()
        .join()
        .getJobs();
  }

  ActivatedJob completeJob(String jobType, Map<String, Object> variables) {
    ActivatedJob job = awaitJob(jobType);
    client.newCompleteCommand(job).variables(variables).send().join();
    return job;
  }

  /** Waits for the open (created) user task of the element in the process instance. */
  UserTask awaitUserTask(long processInstanceKey, String elementId) {
    return awaitUserTasks(processInstanceKey, elementId, 1).getFirst();
  }

  /**
   * Waits until the element has {@code count} open (created) user tasks in the process instance.
   */
  List<UserTask> awaitUserTasks(long processInstanceKey, String elementId, int count) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        filter ->
                            filter
                                .processInstanceKey(processInstanceKey)
                                .elementId(elementId)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            tasks -> tasks.size() == count);
  }

  UserTaskState stateOf(UserTask task) {
    return client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState();
  }

  String formIdOf(UserTask task) {
    return client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join().getFormId();
  }

  /** The variables a form of the task sees, by name, as JSON. */
  Map<String, String> variablesOf(UserTask task) {
    return client
        .newUserTaskVariableSearchRequest(task.getUserTaskKey())
        .send()
        .join()
        .items()
        .stream()
        .collect(Collectors.toMap(Variable::getName, Variable::getValue));
  }

  /** Submits the task's form; the completion answers once its completing listeners decided. */
  CamundaFuture<CompleteUserTaskResponse> submit(UserTask task, Map<String, Object> variables) {
    return client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send();
  }

  /** The completing listener lets the completion through. Returns its job. */
  ActivatedJob allowCompletion(String listenerJobType) {
    ActivatedJob job = awaitJob(listenerJobType);
    client.newCompleteCommand(job).withResult(result -> result.forUserTask()).send().join();
    return job;
  }

  /** The completing listener denies the completion with a reason. Returns its job. */
  ActivatedJob denyCompletion(String listenerJobType, String reason) {
    ActivatedJob job = awaitJob(listenerJobType);
    client
        .newCompleteCommand(job)
        .withResult(result -> result.forUserTask().deny(true, reason))
        .send()
        .join();
    return job;
  }

  /** Submits the open task of the element and lets its completing listener allow it. */
  ActivatedJob completeUserTask(
      long processInstanceKey,
      String elementId,
      String listenerJobType,
      Map<String, Object> variables) {
    CamundaFuture<CompleteUserTaskResponse> completion =
        submit(awaitUserTask(processInstanceKey, elementId), variables);
    ActivatedJob listenerJob = allowCompletion(listenerJobType);
    completion.join();
    return listenerJob;
  }

  void waitForIdle() {
    control.waitForIdleState(WAIT);
  }
}
