package io.baton.local;

import static org.awaitility.Awaitility.await;

import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.util.Map;

/** The end-to-end tests' view of the engine's open user tasks. */
final class OpenTasks {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private OpenTasks() {}

  /**
   * Accepts the handoff of the process instance as an account manager does in Tasklist: claims its
   * open acceptance task and completes it with the decision and a note. Returns the task.
   */
  static UserTask acceptHandoff(
      CamundaClient client, long processInstanceKey, String accountManager, String note) {
    UserTask accept = awaitOne(client, processInstanceKey, Handoff.ACCEPT_HANDOFF_TASK);
    client.newAssignUserTaskCommand(accept.getUserTaskKey()).assignee(accountManager).send().join();
    client
        .newCompleteUserTaskCommand(accept.getUserTaskKey())
        .variables(Map.of("handoffDecision", "accept", "acceptanceNote", note))
        .send()
        .join();
    return accept;
  }

  /** Waits until the process instance has exactly one open task at the element, and returns it. */
  static UserTask awaitOne(CamundaClient client, long processInstanceKey, String elementId) {
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
            tasks -> tasks.size() == 1)
        .getFirst();
  }
}
