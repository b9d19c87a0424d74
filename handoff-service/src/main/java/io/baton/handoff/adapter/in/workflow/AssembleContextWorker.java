package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.AssemblingContext;
import io.baton.handoff.application.LeadNotFoundException;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.assemble-context}: fetches what acquisition knew about the deal's lead. An unknown
 * lead is a business outcome (BPMN error {@code lead-not-found}); lead-service being down is not,
 * so the job fails and the engine retries it with a backoff.
 */
@Component
public class AssembleContextWorker {

  private final AssemblingContext assemblingContext;

  public AssembleContextWorker(AssemblingContext assemblingContext) {
    this.assemblingContext = assemblingContext;
  }

  @JobWorker(type = Handoff.ASSEMBLE_CONTEXT_JOB)
  public Map<String, Object> assembleContext(
      @Variable String dealId,
      @Variable(optional = true) String leadId,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () -> {
          try {
            return LeadContextVariables.of(assemblingContext.assemble(dealId, leadId));
          } catch (LeadNotFoundException e) {
            throw CamundaError.bpmnError(Handoff.LEAD_NOT_FOUND_ERROR, e.getMessage());
          }
        });
  }
}
