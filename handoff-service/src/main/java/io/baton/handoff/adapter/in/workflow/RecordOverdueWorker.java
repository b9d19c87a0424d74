package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.application.EscalatingOverdueHandoff;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code handoff.record-overdue}: the brief or the acceptance passed its deadline and is escalated.
 */
@Component
public class RecordOverdueWorker {

  private final EscalatingOverdueHandoff escalating;

  public RecordOverdueWorker(EscalatingOverdueHandoff escalating) {
    this.escalating = escalating;
  }

  @JobWorker(type = Handoff.RECORD_OVERDUE_JOB)
  public void recordOverdue(
      @Variable String dealId,
      @Variable String overdueStage,
      @Variable(optional = true) Integer returnCount,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () ->
            escalating.recordOverdue(dealId, overdueStage, RecordBriefWorker.rounds(returnCount)));
  }
}
