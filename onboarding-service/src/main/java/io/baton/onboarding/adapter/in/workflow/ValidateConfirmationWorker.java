package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.workflow.CompletingUser;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.validate-confirmation}: the completing listener of the confirm task. A
 * checkpoint is confirmed by the user completing the task, the assignee the engine names, recorded
 * on the checkpoint as its confirmer. Without one the task stays open.
 */
@Component
public class ValidateConfirmationWorker {

  private final CompletingCheckpoint completingCheckpoint;

  public ValidateConfirmationWorker(CompletingCheckpoint completingCheckpoint) {
    this.completingCheckpoint = completingCheckpoint;
  }

  @JobWorker(type = Onboarding.VALIDATE_CONFIRMATION_JOB, autoComplete = false)
  public void validateConfirmation(
      JobClient client,
      ActivatedJob job,
      @Variable String dealId,
      @Variable Map<String, Object> checkpoint,
      @Variable(optional = true) String correlationId) {
    String completedBy = CompletingUser.of(job).orElse(null);
    CorrelationId.run(
        correlationId,
        () -> {
          String denial = null;
          if (completedBy == null) {
            denial =
                "Please claim the task first: whoever completes it is recorded as having confirmed the checkpoint.";
          } else {
            completingCheckpoint.recordConfirmer(
                dealId, CheckpointVariable.idOf(checkpoint), completedBy);
          }
          TaskListenerVerdict.send(client, job, denial);
        });
  }
}
