package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.RecordOutcomeFromForm;
import io.baton.lead.application.RecordingOutcome;
import io.baton.lead.domain.OutcomeForm;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** {@code lead.record-outcome}: records the outcome the rep picked in the qualification form. */
@Component
public class RecordOutcomeWorker {

  private final RecordingOutcome recordingOutcome;

  public RecordOutcomeWorker(RecordingOutcome recordingOutcome) {
    this.recordingOutcome = recordingOutcome;
  }

  @JobWorker(type = LeadFollowUp.RECORD_OUTCOME_JOB)
  public void recordOutcome(
      @Variable String leadId,
      @Variable String outcome,
      @Variable(optional = true) String outcomeReason,
      @Variable(optional = true) String outcomeNotes,
      @Variable(optional = true) String owner,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () ->
            recordingOutcome.recordFromForm(
                new RecordOutcomeFromForm(
                    leadId, new OutcomeForm(outcome, outcomeReason), outcomeNotes, owner)));
  }
}
