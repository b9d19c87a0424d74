package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.RecordingOutcome;
import io.baton.support.vocabulary.KebabCase;
import io.baton.lead.domain.LossReason;
import io.baton.lead.domain.OutcomeType;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outcome of the qualification form: {@code lead.validate-outcome} (its completing listener)
 * keeps the form open until it names an outcome and, for disqualified and nurture, a reason from
 * the taxonomy; {@code lead.record-outcome} records it; {@code lead.return-to-nurture} returns a
 * lead nobody reached as unreachable.
 */
@Component
public class OutcomeWorkers {

  private final RecordingOutcome recordingOutcome;

  public OutcomeWorkers(RecordingOutcome recordingOutcome) {
    this.recordingOutcome = recordingOutcome;
  }

  @JobWorker(type = LeadFollowUp.VALIDATE_OUTCOME_JOB, autoComplete = false)
  public void validateOutcome(
      JobClient client,
      ActivatedJob job,
      @Variable(optional = true) String outcome,
      @Variable(optional = true) String outcomeReason) {
    Optional<OutcomeType> type = formOutcome(outcome);
    String denial = null;
    if (type.isEmpty()) {
      denial = "Please pick the outcome: qualified, disqualified or nurture.";
    } else if (type.get().needsReason() && KebabCase.fromCode(LossReason.class, outcomeReason).isEmpty()) {
      denial = "Please pick why the lead is " + type.get().code() + ".";
    }
    TaskListenerVerdict.send(client, job, denial);
  }

  @JobWorker(type = LeadFollowUp.RECORD_OUTCOME_JOB)
  public void recordOutcome(
      @Variable String leadId,
      @Variable String outcome,
      @Variable(optional = true) String outcomeReason,
      @Variable(optional = true) String outcomeNotes,
      @Variable(optional = true) String owner) {
    recordingOutcome.record(
        leadId,
        formOutcome(outcome).orElseThrow(() -> new IllegalArgumentException("Unknown outcome " + outcome)),
        KebabCase.fromCode(LossReason.class, outcomeReason).orElse(null),
        outcomeNotes,
        null,
        owner == null ? RecordingOutcome.FOLLOW_UP_PROCESS : owner,
        false);
  }

  @JobWorker(type = LeadFollowUp.RETURN_TO_NURTURE_JOB)
  public void returnToNurture(@Variable String leadId) {
    recordingOutcome.returnUnreachableToNurture(leadId);
  }

  /** The outcomes a rep can pick in the form; a conversion comes with its deal, from the CRM. */
  private static Optional<OutcomeType> formOutcome(String code) {
    return KebabCase.fromCode(OutcomeType.class, code).filter(type -> type != OutcomeType.CONVERTED);
  }
}
