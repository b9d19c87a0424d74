package io.baton.retention.saveplay.adapter.in.workflow;

import io.baton.retention.saveplay.application.EscalatingSavePlay;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code retention.escalate-to-sponsor}: the executive sponsors are engaged, at once for a large
 * account or when the save play is overdue; recorded once on the intervention.
 */
@Component
public class EscalateToSponsorWorker {

  private final EscalatingSavePlay escalatingSavePlay;

  public EscalateToSponsorWorker(EscalatingSavePlay escalatingSavePlay) {
    this.escalatingSavePlay = escalatingSavePlay;
  }

  @JobWorker(type = Retention.ESCALATE_TO_SPONSOR_JOB)
  public void escalateToSponsor(
      @Variable String interventionId,
      @Variable(optional = true) Boolean sponsorNeeded,
      @Variable(optional = true) String correlationId) {
    CorrelationId.run(
        correlationId,
        () ->
            escalatingSavePlay.engageSponsors(
                interventionId,
                Retention.EXECUTIVE_SPONSORS_GROUP,
                Boolean.TRUE.equals(sponsorNeeded)));
  }
}
