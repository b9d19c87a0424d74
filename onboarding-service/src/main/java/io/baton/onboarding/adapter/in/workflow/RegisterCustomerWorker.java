package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.SignallingRetention;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.register-customer}: the customer being onboarded is registered with retention
 * (or its profile updated), so retention hears of slips from the start.
 */
@Component
public class RegisterCustomerWorker {

  private final SignallingRetention signallingRetention;

  public RegisterCustomerWorker(SignallingRetention signallingRetention) {
    this.signallingRetention = signallingRetention;
  }

  @JobWorker(type = Onboarding.REGISTER_CUSTOMER_JOB)
  public void registerCustomer(
      @Variable String dealId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> signallingRetention.registerCustomer(dealId));
  }
}
