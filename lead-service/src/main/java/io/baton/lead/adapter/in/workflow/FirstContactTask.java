package io.baton.lead.adapter.in.workflow;

import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The open "make first contact" task of a lead's follow-up, changed through the Camunda user-task
 * API (Camunda 8's, or the embedded engine's in local mode) when the lead changes hands.
 */
@Component
class FirstContactTask {

  private final CamundaClient client;

  FirstContactTask(CamundaClient client) {
    this.client = client;
  }

  /** Puts the task back in its candidate group's queue: nobody is assigned any more. */
  void returnToQueue(long processInstanceKey) {
    openTasks(processInstanceKey)
        .forEach(task -> client.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join());
  }

  /** Gives the task to {@code owner}. */
  void assignTo(long processInstanceKey, String owner) {
    openTasks(processInstanceKey)
        .forEach(
            task ->
                client
                    .newAssignUserTaskCommand(task.getUserTaskKey())
                    .assignee(owner)
                    .allowOverride(true)
                    .send()
                    .join());
  }

  private List<UserTask> openTasks(long processInstanceKey) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            filter ->
                filter
                    .processInstanceKey(processInstanceKey)
                    .elementId(LeadFollowUp.MAKE_FIRST_CONTACT_TASK)
                    .state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }
}
