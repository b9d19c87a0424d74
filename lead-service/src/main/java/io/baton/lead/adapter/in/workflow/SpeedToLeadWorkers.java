package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.EscalatingLead;
import io.baton.lead.domain.Lead;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The speed-to-lead escalations of a lead nobody reached in time: {@code lead.notify-owner},
 * {@code lead.reassign-to-queue}, {@code lead.escalate-to-manager} and {@code
 * lead.record-manager-review}. Each is recorded once on the lead; the first-contact task follows
 * the lead's owner.
 */
@Component
public class SpeedToLeadWorkers {

  private final EscalatingLead escalatingLead;
  private final FirstContactTask firstContactTask;

  public SpeedToLeadWorkers(EscalatingLead escalatingLead, FirstContactTask firstContactTask) {
    this.escalatingLead = escalatingLead;
    this.firstContactTask = firstContactTask;
  }

  @JobWorker(type = LeadFollowUp.NOTIFY_OWNER_JOB)
  public void notifyOwner(@Variable String leadId) {
    escalatingLead.notifyOwner(leadId);
  }

  /** Back in the team's queue: the task is unassigned, and later tasks go to the queue too. */
  @JobWorker(type = LeadFollowUp.REASSIGN_TO_QUEUE_JOB)
  public Map<String, Object> reassignToQueue(@Variable String leadId, @ProcessInstanceKey long processInstanceKey) {
    Lead lead = escalatingLead.returnToQueue(leadId);
    if (lead.owner() == null) {
      firstContactTask.returnToQueue(processInstanceKey);
    }
    return owner(lead);
  }

  @JobWorker(type = LeadFollowUp.ESCALATE_TO_MANAGER_JOB)
  public void escalateToManager(@Variable String leadId) {
    escalatingLead.escalateToManager(leadId);
  }

  /** The manager's review; a named rep gets the first-contact task and the later ones. */
  @JobWorker(type = LeadFollowUp.RECORD_MANAGER_REVIEW_JOB)
  public Map<String, Object> recordManagerReview(
      @Variable String leadId,
      @Variable(optional = true) String reassignTo,
      @Variable(optional = true) String reviewNote,
      @ProcessInstanceKey long processInstanceKey) {
    Lead lead = escalatingLead.recordManagerReview(leadId, reassignTo, reviewNote);
    if (lead.owner() != null) {
      firstContactTask.assignTo(processInstanceKey, lead.owner());
    }
    return owner(lead);
  }

  private static Map<String, Object> owner(Lead lead) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LeadFollowUp.OWNER, lead.owner());
    return variables;
  }
}
