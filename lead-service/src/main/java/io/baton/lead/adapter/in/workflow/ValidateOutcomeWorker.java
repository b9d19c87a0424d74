package io.baton.lead.adapter.in.workflow;

import io.baton.lead.domain.OutcomeForm;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.springframework.stereotype.Component;

/**
 * {@code lead.validate-outcome}: the completing listener of the qualification form. It keeps the
 * form open until it names an outcome and, for disqualified and nurture, a reason from the
 * taxonomy, and tells the rep what is missing.
 */
@Component
public class ValidateOutcomeWorker {

  @JobWorker(type = LeadFollowUp.VALIDATE_OUTCOME_JOB, autoComplete = false)
  public void validateOutcome(
      JobClient client,
      ActivatedJob job,
      @Variable(optional = true) String outcome,
      @Variable(optional = true) String outcomeReason,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () ->
            TaskListenerVerdict.send(
                client, job, new OutcomeForm(outcome, outcomeReason).missing().orElse(null)));
  }
}
