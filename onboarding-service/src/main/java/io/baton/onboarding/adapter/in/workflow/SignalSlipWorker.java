package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.SignallingRetention;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code onboarding.signal-slip}: retention hears at once that a checkpoint slipped. */
@Component
public class SignalSlipWorker {

  private final SignallingRetention signallingRetention;

  public SignalSlipWorker(SignallingRetention signallingRetention) {
    this.signallingRetention = signallingRetention;
  }

  @JobWorker(type = Onboarding.SIGNAL_SLIP_JOB)
  public void signalSlip(
      @Variable String dealId,
      @Variable Map<String, Object> checkpoint,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () -> signallingRetention.signalSlip(dealId, CheckpointVariable.idOf(checkpoint)));
  }
}
