package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.AnnouncingWonDeal;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * {@code lead.publish-deal-won}: the lead converted; its won deal starts the sale-to-implementation
 * handoff through the lead's outbox. The message id comes from the deal id, so a redelivered job
 * publishes nothing twice.
 */
@Component
public class PublishDealWonWorker {

  private final AnnouncingWonDeal announcingWonDeal;

  public PublishDealWonWorker(AnnouncingWonDeal announcingWonDeal) {
    this.announcingWonDeal = announcingWonDeal;
  }

  @JobWorker(type = LeadFollowUp.PUBLISH_DEAL_WON_JOB)
  public void publishDealWon(
      @Variable String leadId, @Variable(optional = true) String correlationId) {
    CorrelationId.run(correlationId, () -> announcingWonDeal.announce(leadId));
  }
}
