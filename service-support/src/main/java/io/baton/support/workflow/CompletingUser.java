package io.baton.support.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import java.util.Optional;

/**
 * Who completes a user task, as its completing listener's job tells: the task's assignee, since
 * only the assignee may complete it (Camunda hands task listeners the task's properties). This is
 * how a service records who did something in a task — never from a form field.
 */
public final class CompletingUser {

  private CompletingUser() {}

  /**
   * The user completing the task; empty if the task has no assignee or the job is no listener's.
   */
  public static Optional<String> of(ActivatedJob job) {
    return Optional.ofNullable(job.getUserTask())
        .map(UserTaskProperties::getAssignee)
        .filter(assignee -> !assignee.isBlank());
  }
}
