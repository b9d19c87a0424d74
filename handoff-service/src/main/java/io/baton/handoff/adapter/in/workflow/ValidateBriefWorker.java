package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.domain.Brief;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.validate-brief}: the completing listener of the brief task. It denies completion
 * while the brief lacks an item, and says exactly which, so the sales owner sees why in Tasklist.
 */
@Component
public class ValidateBriefWorker {

  @JobWorker(type = Handoff.VALIDATE_BRIEF_JOB, autoComplete = false)
  public void validateBrief(
      JobClient client,
      ActivatedJob job,
      @VariablesAsType BriefVariables brief,
      @Variable(optional = true) String correlationId) {
    List<Brief.MissingItem> missing = brief.toBrief().missingItems();
    String denial = missing.isEmpty() ? null : denial(missing);
    CorrelationId.run(correlationId, () -> TaskListenerVerdict.send(client, job, denial));
  }

  private static String denial(List<Brief.MissingItem> missing) {
    return "The brief is incomplete. Still missing: "
        + missing.stream().map(Brief.MissingItem::description).collect(Collectors.joining("; "))
        + ".";
  }
}
