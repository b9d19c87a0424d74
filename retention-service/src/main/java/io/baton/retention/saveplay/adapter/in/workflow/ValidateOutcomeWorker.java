package io.baton.retention.saveplay.adapter.in.workflow;

import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.vocabulary.KebabCase;
import io.baton.support.workflow.CompletingUser;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * {@code retention.validate-outcome}: the completing listener of the run-save-play form. It keeps
 * the form open until the outcome is complete, and records the user completing the task, the
 * assignee the engine names, as the one who worked the save play.
 */
@Component
public class ValidateOutcomeWorker {

  private final RecordingOutcome recordingOutcome;

  public ValidateOutcomeWorker(RecordingOutcome recordingOutcome) {
    this.recordingOutcome = recordingOutcome;
  }

  @JobWorker(type = Retention.VALIDATE_OUTCOME_JOB, autoComplete = false)
  public void validateOutcome(
      JobClient client,
      ActivatedJob job,
      @Variable String interventionId,
      @Variable(optional = true) String saveOutcome,
      @Variable(optional = true) BigDecimal arrAfter,
      @Variable(optional = true) String correlationId) {
    String completedBy = CompletingUser.of(job).orElse(null);
    CorrelationId.run(
        correlationId,
        () -> {
          String denial = null;
          if (completedBy == null) {
            denial =
                "Please claim the task first: whoever completes it is recorded as having worked the save play.";
          } else if (KebabCase.fromCode(Outcome.class, saveOutcome).isEmpty()) {
            denial = "Please pick the outcome: saved, downgraded or churned.";
          } else if (arrAfter == null || arrAfter.signum() < 0) {
            denial = "Please give the ARR after the save play.";
          } else {
            recordingOutcome.recordWorker(interventionId, completedBy);
          }
          TaskListenerVerdict.send(client, job, denial);
        });
  }
}
