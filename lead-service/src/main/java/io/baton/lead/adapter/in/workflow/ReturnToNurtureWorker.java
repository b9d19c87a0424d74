package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.RecordingOutcome;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code lead.return-to-nurture}: the cadence ran out without contact; the lead returns to nurture
 * as unreachable.
 */
@Component
public class ReturnToNurtureWorker {

  private final RecordingOutcome recordingOutcome;

  public ReturnToNurtureWorker(RecordingOutcome recordingOutcome) {
    this.recordingOutcome = recordingOutcome;
  }

  @JobWorker(type = LeadFollowUp.RETURN_TO_NURTURE_JOB)
  public void returnToNurture(
      @Variable String leadId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> recordingOutcome.returnUnreachableToNurture(leadId));
  }
}
