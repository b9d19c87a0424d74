package io.baton.lead.adapter.out.workflow;

import io.baton.lead.application.FirstContactTask;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first-contact task changed through the Camunda user-task API (Camunda 8's, or the embedded
 * engine's in local mode).
 */
@Component
class CamundaFirstContactTask implements FirstContactTask {

  private final CamundaClient client;

  CamundaFirstContactTask(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void returnToQueue(long followUpKey) {
    openTasks(followUpKey)
        .forEach(task -> client.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join());
  }

  @Override
  public void assignTo(long followUpKey, String owner) {
    openTasks(followUpKey)
        .forEach(
            task ->
                client
                    .newAssignUserTaskCommand(task.getUserTaskKey())
                    .assignee(owner)
                    .allowOverride(true)
                    .send()
                    .join());
  }

  private List<UserTask> openTasks(long followUpKey) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            filter ->
                filter
                    .processInstanceKey(followUpKey)
                    .elementId(LeadFollowUp.MAKE_FIRST_CONTACT_TASK)
                    .state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }
}
