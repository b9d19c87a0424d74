package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.WritingBrief;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-brief}: keeps the completed brief on the handoff; the acceptance clock
 * starts.
 */
@Component
public class RecordBriefWorker {

  private final WritingBrief writingBrief;

  public RecordBriefWorker(WritingBrief writingBrief) {
    this.writingBrief = writingBrief;
  }

  @JobWorker(type = Handoff.RECORD_BRIEF_JOB)
  public Map<String, Object> recordBrief(
      @Variable String dealId,
      @Variable(optional = true) Integer returnCount,
      @Variable(optional = true) String correlationId,
      @VariablesAsType BriefVariables brief) {
    return CorrelationId.call(
        correlationId,
        () ->
            Map.of(
                Handoff.ACCEPTANCE_DUE_AT,
                writingBrief.complete(dealId, brief.toBrief(), rounds(returnCount)).toString()));
  }

  static int rounds(Integer returnCount) {
    return returnCount == null ? 0 : returnCount;
  }
}
