package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.StartingOnboarding;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/**
 * {@code onboarding.start-onboarding}: the accepted handoff starts the customer's onboarding plan,
 * carrying the promises and success criteria of the brief. A redelivered job finds the plan made
 * and sends no second {@code onboarding-started}.
 */
@Component
public class StartOnboardingWorker {

  private final StartingOnboarding startingOnboarding;

  public StartOnboardingWorker(StartingOnboarding startingOnboarding) {
    this.startingOnboarding = startingOnboarding;
  }

  @JobWorker(type = Handoff.START_ONBOARDING_JOB)
  public void startOnboarding(
      @VariablesAsType StartOnboardingVariables variables,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    CorrelationId.run(
        correlationId,
        () ->
            startingOnboarding.start(
                variables.toAcceptedHandoff(processInstanceKey), CorrelationId.current()));
  }
}
