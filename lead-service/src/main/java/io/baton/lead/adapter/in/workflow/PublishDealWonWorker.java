package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.LeadQueries;
import io.baton.lead.domain.ConvertedDeal;
import io.baton.lead.domain.Lead;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code lead.publish-deal-won}: the lead converted; its won deal starts the
 * sale-to-implementation handoff with the lead id, deal id, ARR and close date. The message id
 * comes from the deal id, so a redelivered job publishes nothing twice.
 */
@Component
public class PublishDealWonWorker {

  private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

  private final LeadQueries queries;
  private final CamundaClient client;

  public PublishDealWonWorker(LeadQueries queries, CamundaClient client) {
    this.queries = queries;
    this.client = client;
  }

  @JobWorker(type = LeadFollowUp.PUBLISH_DEAL_WON_JOB)
  public void publishDealWon(@Variable String leadId, @Variable(optional = true) String correlationId) {
    Lead lead = queries.get(leadId);
    ConvertedDeal deal = lead.outcome() == null ? null : lead.outcome().deal();
    if (deal == null) {
      throw new IllegalStateException("Lead " + leadId + " has no converted deal");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.DEAL_ID, deal.dealId());
    variables.put(Handoff.LEAD_ID, leadId);
    variables.put(Handoff.CUSTOMER_NAME, deal.customerName());
    variables.put(Handoff.SALES_OWNER, deal.salesOwner());
    variables.put(Handoff.ARR, deal.arr());
    variables.put(Handoff.CLOSE_DATE, deal.closeDate().toString());
    variables.put(Variables.CORRELATION_ID, correlationId);
    try {
      client
          .newPublishMessageCommand()
          .messageName(Handoff.DEAL_WON_MESSAGE)
          .correlationKey(deal.dealId())
          .messageId(Handoff.dealWonMessageId(deal.dealId()))
          .timeToLive(TIME_TO_LIVE)
          .variables(variables)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
