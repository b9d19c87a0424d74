package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.EscalatingLead;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code lead.notify-owner}: first contact is due and nobody tried yet; the owner hears about it.
 */
@Component
public class NotifyOwnerWorker {

  private final EscalatingLead escalatingLead;

  public NotifyOwnerWorker(EscalatingLead escalatingLead) {
    this.escalatingLead = escalatingLead;
  }

  @JobWorker(type = LeadFollowUp.NOTIFY_OWNER_JOB)
  public void notifyOwner(
      @Variable String leadId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> escalatingLead.notifyOwner(leadId));
  }
}
