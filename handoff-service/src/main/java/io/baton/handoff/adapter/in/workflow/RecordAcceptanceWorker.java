package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AcceptingHandoff;
import io.baton.handoff.domain.Handoff;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-acceptance}: the account manager who completed the acceptance task
 * accepted; ownership moves to them, and the process carries their name and the customer's {@code
 * lineage} — computed from what the handoff recorded, replacing anything a form may have set — on
 * to onboarding.
 */
@Component
public class RecordAcceptanceWorker {

  private final AcceptingHandoff acceptingHandoff;

  public RecordAcceptanceWorker(AcceptingHandoff acceptingHandoff) {
    this.acceptingHandoff = acceptingHandoff;
  }

  @JobWorker(type = ProcessContract.Handoff.RECORD_ACCEPTANCE_JOB)
  public Map<String, Object> recordAcceptance(
      @Variable String dealId,
      @Variable(optional = true) String acceptanceNote,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () -> {
          Handoff accepted = acceptingHandoff.accept(dealId, acceptanceNote);
          Map<String, Object> variables = new HashMap<>();
          variables.put(
              ProcessContract.Handoff.ACCOUNT_MANAGER, accepted.snapshot().accountManager());
          variables.put(ProcessContract.Handoff.LINEAGE, LineageVariables.of(accepted.lineage()));
          return variables;
        });
  }
}
