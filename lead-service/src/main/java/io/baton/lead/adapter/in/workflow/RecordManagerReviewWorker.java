package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.EscalatingLead;
import io.baton.lead.application.RecordManagerReview;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.util.Collections;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code lead.record-manager-review}: the sales manager's review of an uncontacted lead; a rep they
 * name gets the first-contact task and the later ones, and the process learns the owner.
 */
@Component
public class RecordManagerReviewWorker {

  private final EscalatingLead escalatingLead;

  public RecordManagerReviewWorker(EscalatingLead escalatingLead) {
    this.escalatingLead = escalatingLead;
  }

  @JobWorker(type = LeadFollowUp.RECORD_MANAGER_REVIEW_JOB)
  public Map<String, Object> recordManagerReview(
      @Variable String leadId,
      @Variable(optional = true) String reassignTo,
      @Variable(optional = true) String reviewNote,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    return CorrelationId.call(
        correlationId,
        () ->
            Collections.singletonMap(
                LeadFollowUp.OWNER,
                escalatingLead
                    .recordManagerReview(
                        new RecordManagerReview(leadId, reassignTo, reviewNote, processInstanceKey))
                    .owner()));
  }
}
