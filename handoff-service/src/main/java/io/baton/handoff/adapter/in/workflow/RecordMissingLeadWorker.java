package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AssemblingContext;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-missing-lead}: the deal's lead is unknown; the brief must carry everything.
 */
@Component
public class RecordMissingLeadWorker {

  private final AssemblingContext assemblingContext;

  public RecordMissingLeadWorker(AssemblingContext assemblingContext) {
    this.assemblingContext = assemblingContext;
  }

  @JobWorker(type = Handoff.RECORD_MISSING_LEAD_JOB)
  public Map<String, Object> recordMissingLead(
      @Variable String dealId,
      @Variable(optional = true) String leadId,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () -> LeadContextVariables.of(assemblingContext.recordMissingLead(dealId, leadId)));
  }
}
