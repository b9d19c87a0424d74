package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.EscalatingLead;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.util.Collections;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code lead.reassign-to-queue}: still nobody tried; the lead and its first-contact task go back
 * to the team's queue, and the process learns that the lead has no owner now.
 */
@Component
public class ReassignToQueueWorker {

  private final EscalatingLead escalatingLead;

  public ReassignToQueueWorker(EscalatingLead escalatingLead) {
    this.escalatingLead = escalatingLead;
  }

  @JobWorker(type = LeadFollowUp.REASSIGN_TO_QUEUE_JOB)
  public Map<String, Object> reassignToQueue(
      @Variable String leadId,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    return CorrelationId.call(
        correlationId,
        () ->
            Collections.singletonMap(
                LeadFollowUp.OWNER,
                escalatingLead.returnToQueue(leadId, processInstanceKey).owner()));
  }
}
