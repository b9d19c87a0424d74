package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.domain.Lineage;
import io.baton.workflows.ProcessContract;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code lineage} process variable: every acquisition and handoff key of the contract, null
 * when unknown, instants as ISO-8601 text.
 */
final class LineageVariables {

  private LineageVariables() {}

  static Map<String, Object> of(Lineage lineage) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ProcessContract.Lineage.LEAD_ID, lineage.leadId());
    variables.put(ProcessContract.Lineage.CAMPAIGN, lineage.campaign());
    variables.put(ProcessContract.Lineage.SOURCE_CHANNEL, lineage.sourceChannel());
    variables.put(ProcessContract.Lineage.INTEREST, lineage.interest());
    variables.put(ProcessContract.Lineage.LEAD_PLAY, lineage.leadPlay());
    variables.put(ProcessContract.Lineage.SLA_TIER, lineage.slaTier());
    variables.put(ProcessContract.Lineage.SALES_OWNER, lineage.salesOwner());
    variables.put(ProcessContract.Lineage.LEAD_RECEIVED_AT, text(lineage.leadReceivedAt()));
    variables.put(ProcessContract.Lineage.FIRST_CONTACT_AT, text(lineage.firstContactAt()));
    variables.put(
        ProcessContract.Lineage.MINUTES_TO_FIRST_CONTACT, lineage.minutesToFirstContact());
    variables.put(
        ProcessContract.Lineage.FIRST_CONTACT_WITHIN_SLA, lineage.firstContactWithinSla());
    variables.put(ProcessContract.Lineage.DEAL_WON_AT, text(lineage.dealWonAt()));
    variables.put(ProcessContract.Lineage.HANDOFF_RETURNS, lineage.handoffReturns());
    variables.put(ProcessContract.Lineage.ACCEPTED_AT, text(lineage.acceptedAt()));
    variables.put(ProcessContract.Lineage.HOURS_TO_ACCEPT, lineage.hoursToAccept());
    variables.put(
        ProcessContract.Lineage.ACCEPTING_ACCOUNT_MANAGER, lineage.acceptingAccountManager());
    return variables;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
