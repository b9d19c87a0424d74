package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AcceptingHandoff;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code handoff.record-acceptance}: an account manager accepted; ownership moves to them. */
@Component
public class RecordAcceptanceWorker {

  private final AcceptingHandoff acceptingHandoff;

  public RecordAcceptanceWorker(AcceptingHandoff acceptingHandoff) {
    this.acceptingHandoff = acceptingHandoff;
  }

  @JobWorker(type = Handoff.RECORD_ACCEPTANCE_JOB)
  public void recordAcceptance(
      @Variable String dealId,
      @Variable String accountManager,
      @Variable(optional = true) String acceptanceNote,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId, () -> acceptingHandoff.accept(dealId, accountManager, acceptanceNote));
  }
}
