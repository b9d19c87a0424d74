package io.baton.support.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;

/** A completing task listener's answer: let the task complete, or deny it with a reason. */
public final class TaskListenerVerdict {

  private TaskListenerVerdict() {}

  /** Completes the listener job; a non-null {@code denial} keeps the task open with that reason. */
  public static void send(JobClient client, ActivatedJob job, String denial) {
    client
        .newCompleteCommand(job)
        .withResult(result -> result.forUserTask().deny(denial != null, denial))
        .send()
        .join();
  }
}
