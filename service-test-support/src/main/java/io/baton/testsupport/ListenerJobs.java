package io.baton.testsupport;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;

/** Task listeners' jobs for unit tests of their workers. */
public final class ListenerJobs {

  private ListenerJobs() {}

  /**
   * A completing listener's job whose user task the engine names as assigned to {@code assignee}
   * (the user completing it; null for a task nobody claimed).
   */
  public static ActivatedJob completedBy(String assignee) {
    UserTaskProperties task = mock(UserTaskProperties.class);
    when(task.getAssignee()).thenReturn(assignee);
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getUserTask()).thenReturn(task);
    return job;
  }
}
