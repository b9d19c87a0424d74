package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.EscalatingLead;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code lead.escalate-to-manager}: still nobody tried; the sales managers review the lead. */
@Component
public class EscalateToManagerWorker {

  private final EscalatingLead escalatingLead;

  public EscalateToManagerWorker(EscalatingLead escalatingLead) {
    this.escalatingLead = escalatingLead;
  }

  @JobWorker(type = LeadFollowUp.ESCALATE_TO_MANAGER_JOB)
  public void escalateToManager(
      @Variable String leadId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> escalatingLead.escalateToManager(leadId));
  }
}
