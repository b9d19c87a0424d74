package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.SignallingRetention;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.signal-promise-missed}: retention hears at once that a promise of the sale was
 * missed.
 */
@Component
public class SignalPromiseMissedWorker {

  private final SignallingRetention signallingRetention;

  public SignalPromiseMissedWorker(SignallingRetention signallingRetention) {
    this.signallingRetention = signallingRetention;
  }

  @JobWorker(type = Onboarding.SIGNAL_PROMISE_MISSED_JOB)
  public void signalPromiseMissed(
      @Variable String dealId,
      @Variable String promiseId,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId, () -> signallingRetention.signalPromiseMissed(dealId, promiseId));
  }
}
