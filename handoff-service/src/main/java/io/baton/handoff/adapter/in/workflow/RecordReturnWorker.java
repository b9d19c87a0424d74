package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.ReturningHandoff;
import io.baton.handoff.domain.Handoff.Snapshot;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-return}: an account manager returned the handoff with questions. Every
 * return is kept and counted; the brief is due again, and the decision is cleared for the next
 * round.
 */
@Component
public class RecordReturnWorker {

  private final ReturningHandoff returningHandoff;

  public RecordReturnWorker(ReturningHandoff returningHandoff) {
    this.returningHandoff = returningHandoff;
  }

  @JobWorker(type = Handoff.RECORD_RETURN_JOB)
  public Map<String, Object> recordReturn(
      @Variable String dealId,
      @Variable String returnQuestions,
      @Variable(optional = true) Integer returnCount,
      @Variable(optional = true) String correlationId) {
    return CorrelationId.call(
        correlationId,
        () -> {
          Snapshot handoff =
              returningHandoff
                  .returnWithQuestions(
                      dealId, returnQuestions, RecordBriefWorker.rounds(returnCount))
                  .snapshot();
          Map<String, Object> variables = new HashMap<>();
          variables.put(Handoff.BRIEF_DUE_AT, handoff.briefDueAt().toString());
          variables.put(Handoff.RETURN_COUNT, handoff.returns().size());
          variables.put(Handoff.DECISION, null);
          return variables;
        });
  }
}
