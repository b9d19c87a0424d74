package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AcceptingHandoff;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-acceptance}: the account manager who completed the acceptance task
 * accepted; ownership moves to them, and the process carries their name on to onboarding.
 */
@Component
public class RecordAcceptanceWorker {

  private final AcceptingHandoff acceptingHandoff;

  public RecordAcceptanceWorker(AcceptingHandoff acceptingHandoff) {
    this.acceptingHandoff = acceptingHandoff;
  }

  @JobWorker(type = Handoff.RECORD_ACCEPTANCE_JOB)
  public Map<String, Object> recordAcceptance(
      @Variable String dealId,
      @Variable(optional = true) String acceptanceNote,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () ->
            Map.of(
                Handoff.ACCOUNT_MANAGER,
                acceptingHandoff.accept(dealId, acceptanceNote).snapshot().accountManager()));
  }
}
