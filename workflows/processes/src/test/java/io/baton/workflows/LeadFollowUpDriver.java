package io.baton.workflows;

import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Plays lead-service and the sales reps of the lead follow-up on the embedded engine: receives
 * leads, assigns their owner, and reports attempts and outcomes from the forms or through the
 * lead-service API (as messages).
 */
final class LeadFollowUpDriver extends ProcessDriver {

  static final String OWNER = "sam";
  static final String TEAM = "sales-inbound";
  static final Duration NOTIFY_OWNER_AFTER = Duration.ofMinutes(5);
  static final Duration REASSIGN_AFTER = Duration.ofHours(1);
  static final Duration ESCALATE_AFTER = Duration.ofHours(24);
  static final Duration ATTEMPT_INTERVAL = Duration.ofDays(1);
  static final int MAX_ATTEMPTS = 3;

  LeadFollowUpDriver(CamundaClient client, ContainerizedEngine control) {
    super(client, control);
  }

  /** A demo request from an enterprise company through the website. */
  static Map<String, Object> enterpriseDemoRequest(String leadId) {
    Map<String, Object> lead = new HashMap<>();
    lead.put(Variables.LEAD_ID, leadId);
    lead.put(LeadFollowUp.SOURCE_CHANNEL, "web-form");
    lead.put(LeadFollowUp.CAMPAIGN, "spring-launch");
    lead.put(LeadFollowUp.COMPANY_SIZE, 5000);
    lead.put(LeadFollowUp.INTEREST, "demo-request");
    lead.put(LeadFollowUp.COMPANY_NAME, "Acme Corp");
    lead.put(LeadFollowUp.CONTACT_NAME, "Ada Lovelace");
    lead.put(LeadFollowUp.CONTACT_EMAIL, "ada@acme.example");
    return lead;
  }

  void publishLeadReceived(Map<String, Object> lead) {
    String leadId = (String) lead.get(Variables.LEAD_ID);
    client
        .newPublishMessageCommand()
        .messageName(LeadFollowUp.LEAD_RECEIVED_MESSAGE)
        .correlationKey(leadId)
        .messageId(LeadFollowUp.leadReceivedMessageId(leadId))
        .variables(lead)
        .send()
        .join();
  }

  /** The lead came in, its play was decided and lead-service assigned the owner. */
  ActivatedJob receiveAndAssign(String leadId) {
    publishLeadReceived(enterpriseDemoRequest(leadId));
    return completeJob(LeadFollowUp.ASSIGN_OWNER_JOB, ownerAndClock());
  }

  static Map<String, Object> ownerAndClock() {
    return Map.of(
        LeadFollowUp.OWNER, OWNER,
        LeadFollowUp.OWNER_TEAM, TEAM,
        LeadFollowUp.FIRST_CONTACT_DUE_AT, HandoffFixtures.dueIn(NOTIFY_OWNER_AFTER),
        LeadFollowUp.NOTIFY_OWNER_AFTER, NOTIFY_OWNER_AFTER.toString(),
        LeadFollowUp.REASSIGN_AFTER, REASSIGN_AFTER.toString(),
        LeadFollowUp.ESCALATE_AFTER, ESCALATE_AFTER.toString(),
        LeadFollowUp.MAX_ATTEMPTS, MAX_ATTEMPTS,
        LeadFollowUp.ATTEMPT_INTERVAL, ATTEMPT_INTERVAL.toString(),
        LeadFollowUp.TASK_PRIORITY, 80);
  }

  /** The attempt form as a rep submits it. */
  static Map<String, Object> attempt(String outcome) {
    return Map.of(
        LeadFollowUp.ATTEMPT_CHANNEL, "call",
        LeadFollowUp.ATTEMPT_OUTCOME, outcome,
        LeadFollowUp.ATTEMPT_NOTES, "Called the main line");
  }

  /** The rep reports an attempt in the open attempt task; lead-service records it as the n-th. */
  ActivatedJob reportAttempt(
      long processInstanceKey,
      String elementId,
      String outcome,
      int attemptNumber,
      boolean contacted) {
    client
        .newCompleteUserTaskCommand(awaitUserTask(processInstanceKey, elementId).getUserTaskKey())
        .variables(attempt(outcome))
        .send()
        .join();
    return completeJob(
        LeadFollowUp.RECORD_ATTEMPT_JOB,
        Map.of(LeadFollowUp.ATTEMPT_COUNT, attemptNumber, LeadFollowUp.CONTACTED, contacted));
  }

  /** An attempt recorded through lead-service's API, announced to the process. */
  void publishAttemptRecorded(String leadId, int attemptNumber, String outcome, boolean contacted) {
    client
        .newPublishMessageCommand()
        .messageName(LeadFollowUp.ATTEMPT_RECORDED_MESSAGE)
        .correlationKey(leadId)
        .messageId(LeadFollowUp.attemptRecordedMessageId(leadId, attemptNumber))
        .variables(
            Map.of(
                LeadFollowUp.ATTEMPT_COUNT, attemptNumber,
                LeadFollowUp.ATTEMPT_OUTCOME, outcome,
                LeadFollowUp.CONTACTED, contacted))
        .send()
        .join();
  }

  /** An outcome recorded through lead-service's API, announced to the process. */
  void publishOutcomeRecorded(String leadId, String outcome, Map<String, Object> details) {
    Map<String, Object> variables = new HashMap<>(details);
    variables.put(LeadFollowUp.OUTCOME, outcome);
    client
        .newPublishMessageCommand()
        .messageName(LeadFollowUp.OUTCOME_RECORDED_MESSAGE)
        .correlationKey(leadId)
        .messageId(LeadFollowUp.outcomeRecordedMessageId(leadId, outcome))
        .variables(variables)
        .send()
        .join();
  }
}
