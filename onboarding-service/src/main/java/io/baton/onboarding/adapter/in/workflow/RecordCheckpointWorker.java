package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.record-checkpoint}: the checkpoint was confirmed in the confirm form, by the
 * user who completed it.
 */
@Component
public class RecordCheckpointWorker {

  private final CompletingCheckpoint completingCheckpoint;

  public RecordCheckpointWorker(CompletingCheckpoint completingCheckpoint) {
    this.completingCheckpoint = completingCheckpoint;
  }

  @JobWorker(type = Onboarding.RECORD_CHECKPOINT_JOB)
  public void recordCheckpoint(
      @Variable String dealId,
      @Variable Map<String, Object> checkpoint,
      @Variable(optional = true) String evidence,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () ->
            completingCheckpoint.recordConfirmation(
                dealId, CheckpointVariable.idOf(checkpoint), evidence));
  }
}
