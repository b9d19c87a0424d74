package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.MarkingCheckpointBehind;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.mark-checkpoint-behind}: the checkpoint's due timer fired before it was done;
 * it is behind, and the process learns how many days late it is.
 */
@Component
public class MarkCheckpointBehindWorker {

  private final MarkingCheckpointBehind markingCheckpointBehind;

  public MarkCheckpointBehindWorker(MarkingCheckpointBehind markingCheckpointBehind) {
    this.markingCheckpointBehind = markingCheckpointBehind;
  }

  @JobWorker(type = Onboarding.MARK_CHECKPOINT_BEHIND_JOB)
  public Map<String, Object> markCheckpointBehind(
      @Variable String dealId,
      @Variable Map<String, Object> checkpoint,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () ->
            Map.of(
                Onboarding.DAYS_LATE,
                markingCheckpointBehind
                    .markBehind(dealId, CheckpointVariable.idOf(checkpoint))
                    .daysLate()));
  }
}
