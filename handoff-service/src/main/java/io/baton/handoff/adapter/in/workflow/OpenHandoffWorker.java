package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.OpeningHandoff;
import io.baton.handoff.domain.WonDeal;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.open-handoff}: the handoff process picked up a won deal; the brief's clock starts.
 */
@Component
public class OpenHandoffWorker {

  private final OpeningHandoff openingHandoff;

  public OpenHandoffWorker(OpeningHandoff openingHandoff) {
    this.openingHandoff = openingHandoff;
  }

  @JobWorker(type = Handoff.OPEN_HANDOFF_JOB)
  public Map<String, Object> openHandoff(
      @Variable String dealId,
      @Variable(optional = true) String leadId,
      @Variable String customerName,
      @Variable String salesOwner,
      @Variable BigDecimal arr,
      @Variable String closeDate,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    WonDeal deal =
        new WonDeal(dealId, leadId, customerName, salesOwner, arr, LocalDate.parse(closeDate));
    return CorrelationId.call(
        correlationId,
        () ->
            Map.of(Handoff.BRIEF_DUE_AT, openingHandoff.open(deal, processInstanceKey).toString()));
  }
}
