package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AcceptingHandoff;
import io.baton.handoff.domain.AcceptanceDecision;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.workflow.CompletingUser;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.validate-decision}: the completing listener of the accept task. A decision must be
 * accept, or return with the questions for sales, and be made by the task's assignee: the user the
 * engine names as completing it, recorded on the handoff as the one who decided (on acceptance the
 * customer becomes theirs).
 */
@Component
public class ValidateDecisionWorker {

  private final AcceptingHandoff acceptingHandoff;

  public ValidateDecisionWorker(AcceptingHandoff acceptingHandoff) {
    this.acceptingHandoff = acceptingHandoff;
  }

  @JobWorker(type = Handoff.VALIDATE_DECISION_JOB, autoComplete = false)
  public void validateDecision(
      JobClient client,
      ActivatedJob job,
      @Variable String dealId,
      @Variable(optional = true) String handoffDecision,
      @Variable(optional = true) String returnQuestions,
      @Variable(optional = true) String correlationId) {
    String completedBy = CompletingUser.of(job).orElse(null);
    List<String> problems =
        new AcceptanceDecision(handoffDecision, completedBy, returnQuestions).problems();
    if (problems.isEmpty()) {
      CorrelationId.run(correlationId, () -> acceptingHandoff.recordDecider(dealId, completedBy));
    }
    TaskListenerVerdict.send(
        client, job, problems.isEmpty() ? null : "Please " + String.join("; ", problems) + ".");
  }
}
