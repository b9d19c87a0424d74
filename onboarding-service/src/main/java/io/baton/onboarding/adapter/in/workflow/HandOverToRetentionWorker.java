package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.HandingOverToRetention;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.hand-over-to-retention}: the customer reached first value; retention takes them
 * over with the onboarding's history.
 */
@Component
public class HandOverToRetentionWorker {

  private final HandingOverToRetention handingOverToRetention;

  public HandOverToRetentionWorker(HandingOverToRetention handingOverToRetention) {
    this.handingOverToRetention = handingOverToRetention;
  }

  @JobWorker(type = Onboarding.HAND_OVER_TO_RETENTION_JOB)
  public void handOverToRetention(
      @Variable String dealId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> handingOverToRetention.handOver(dealId));
  }
}
