package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.domain.AcceptanceDecision;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.validate-decision}: the completing listener of the accept task. A decision must
 * be accept (with the new owner) or return (with the questions for sales).
 */
@Component
public class ValidateDecisionWorker {

  @JobWorker(type = Handoff.VALIDATE_DECISION_JOB, autoComplete = false)
  public void validateDecision(
      JobClient client,
      ActivatedJob job,
      @Variable(optional = true) String handoffDecision,
      @Variable(optional = true) String accountManager,
      @Variable(optional = true) String returnQuestions) {
    List<String> problems =
        new AcceptanceDecision(handoffDecision, accountManager, returnQuestions).problems();
    TaskListenerVerdict.send(
        client, job, problems.isEmpty() ? null : "Please " + String.join("; ", problems) + ".");
  }
}
