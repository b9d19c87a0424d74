package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.StartingOnboarding;
import io.baton.onboarding.application.StartingOnboarding.StartOnboarding;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code onboarding.start-onboarding}: the accepted handoff starts the customer's onboarding. */
@Component
public class StartOnboardingWorker {

  private final StartingOnboarding startingOnboarding;

  public StartOnboardingWorker(StartingOnboarding startingOnboarding) {
    this.startingOnboarding = startingOnboarding;
  }

  @JobWorker(type = Handoff.START_ONBOARDING_JOB)
  public void startOnboarding(
      @Variable String dealId,
      @Variable String customerName,
      @Variable String accountManager,
      @Variable(optional = true) String acceptanceNote,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    CorrelationId.run(
        correlationId,
        () ->
            startingOnboarding.start(
                new StartOnboarding(
                    dealId, customerName, accountManager, acceptanceNote, processInstanceKey)));
  }
}
