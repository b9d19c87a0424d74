package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.RecordAttempt;
import io.baton.lead.application.RecordingAttempt;
import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import io.baton.lead.domain.Lead;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.vocabulary.KebabCase;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code lead.record-attempt}: the attempt a rep reported in the attempt form. The job's element
 * instance identifies it, so a redelivered job records nothing twice. Answers where the cadence
 * stands.
 */
@Component
public class RecordAttemptWorker {

  private final RecordingAttempt recordingAttempt;

  public RecordAttemptWorker(RecordingAttempt recordingAttempt) {
    this.recordingAttempt = recordingAttempt;
  }

  @JobWorker(type = LeadFollowUp.RECORD_ATTEMPT_JOB)
  public Map<String, Object> recordAttempt(
      @Variable String leadId,
      @Variable String attemptChannel,
      @Variable String attemptOutcome,
      @Variable(optional = true) String attemptNotes,
      @Variable(optional = true) String correlationId,
      @ElementInstanceKey long elementInstanceKey) {
    AttemptChannel channel =
        KebabCase.fromCode(AttemptChannel.class, attemptChannel)
            .orElseThrow(
                () -> new IllegalArgumentException("Unknown attempt channel " + attemptChannel));
    AttemptOutcome outcome =
        KebabCase.fromCode(AttemptOutcome.class, attemptOutcome)
            .orElseThrow(
                () -> new IllegalArgumentException("Unknown attempt outcome " + attemptOutcome));
    return CorrelationId.call(
        correlationId,
        () -> {
          Lead lead =
              recordingAttempt
                  .record(
                      new RecordAttempt(
                          leadId,
                          channel,
                          outcome,
                          attemptNotes,
                          null,
                          "task:" + elementInstanceKey,
                          false))
                  .lead();
          return Map.of(
              LeadFollowUp.ATTEMPT_COUNT,
              lead.attempts().size(),
              LeadFollowUp.CONTACTED,
              lead.contacted());
        });
  }
}
