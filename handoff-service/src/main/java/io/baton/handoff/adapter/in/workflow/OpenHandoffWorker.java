package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.OpeningHandoff;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** {@code handoff.open-handoff}: the handoff process picked up a won deal. */
@Component
public class OpenHandoffWorker {

  private final OpeningHandoff openingHandoff;

  public OpenHandoffWorker(OpeningHandoff openingHandoff) {
    this.openingHandoff = openingHandoff;
  }

  @JobWorker(type = Handoff.OPEN_HANDOFF_JOB)
  public void openHandoff(
      @Variable String dealId,
      @Variable String customerName,
      @Variable String salesOwner,
      @Variable BigDecimal arr,
      @Variable String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    CorrelationId.run(
        correlationId,
        () ->
            openingHandoff.open(
                new WonDeal(dealId, customerName, salesOwner, arr, null), processInstanceKey));
  }
}
