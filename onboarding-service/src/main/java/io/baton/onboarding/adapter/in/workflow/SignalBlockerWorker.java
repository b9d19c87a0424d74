package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.SignallingRetention;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code onboarding.signal-blocker}: retention hears at once of a blocker reported on the plan. */
@Component
public class SignalBlockerWorker {

  private final SignallingRetention signallingRetention;

  public SignalBlockerWorker(SignallingRetention signallingRetention) {
    this.signallingRetention = signallingRetention;
  }

  @JobWorker(type = Onboarding.SIGNAL_BLOCKER_JOB)
  public void signalBlocker(
      @Variable String dealId,
      @Variable String blockerId,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> signallingRetention.signalBlocker(dealId, blockerId));
  }
}
