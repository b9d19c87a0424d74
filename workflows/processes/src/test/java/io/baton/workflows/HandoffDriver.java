package io.baton.workflows;

import static io.baton.workflows.HandoffFixtures.ACCEPTANCE_DUE_IN;
import static io.baton.workflows.HandoffFixtures.BRIEF_DUE_IN;
import static io.baton.workflows.HandoffFixtures.completeBrief;
import static io.baton.workflows.HandoffFixtures.dealWon;
import static io.baton.workflows.HandoffFixtures.dueIn;
import static io.baton.workflows.HandoffFixtures.leadContext;
import static io.baton.workflows.HandoffFixtures.lineage;

import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.util.Map;

/**
 * Plays the workers and the people of the handoff on the embedded engine: publishes deals and walks
 * a handoff to the stage a test starts from.
 */
final class HandoffDriver extends ProcessDriver {

  /** A running handoff and the deadline its brief is due by. */
  record StartedHandoff(long processInstanceKey, String briefDueAt) {}

  HandoffDriver(CamundaClient client, ContainerizedEngine control) {
    super(client, control);
  }

  void publishDealWon(String dealId) {
    client
        .newPublishMessageCommand()
        .messageName(Handoff.DEAL_WON_MESSAGE)
        .correlationKey(dealId)
        .messageId(Handoff.dealWonMessageId(dealId))
        .variables(dealWon(dealId))
        .send()
        .join();
  }

  /** The deal is won and handoff-service opened the handoff with a brief deadline. */
  StartedHandoff openHandoff(String dealId) {
    publishDealWon(dealId);
    String briefDueAt = dueIn(BRIEF_DUE_IN);
    ActivatedJob openHandoff =
        completeJob(Handoff.OPEN_HANDOFF_JOB, Map.of(Handoff.BRIEF_DUE_AT, briefDueAt));
    return new StartedHandoff(openHandoff.getProcessInstanceKey(), briefDueAt);
  }

  /** Opened, with the lead's context assembled: the sales owner's brief task is next. */
  StartedHandoff awaitBrief(String dealId) {
    StartedHandoff handoff = openHandoff(dealId);
    completeJob(Handoff.ASSEMBLE_CONTEXT_JOB, Map.of(Handoff.LEAD_CONTEXT, leadContext()));
    return handoff;
  }

  /** Briefed and recorded: the account managers' decision is next. Returns its deadline. */
  String awaitDecision(StartedHandoff handoff) {
    completeUserTask(
        handoff.processInstanceKey(),
        Handoff.COMPLETE_BRIEF_TASK,
        Handoff.VALIDATE_BRIEF_JOB,
        completeBrief().variables());
    String acceptanceDueAt = dueIn(ACCEPTANCE_DUE_IN);
    completeJob(Handoff.RECORD_BRIEF_JOB, Map.of(Handoff.ACCEPTANCE_DUE_AT, acceptanceDueAt));
    return acceptanceDueAt;
  }

  /**
   * Accepted, recorded (with the deal's lineage) and onboarding started: the handoff ends. Returns
   * the onboarding job.
   */
  ActivatedJob handOver(long processInstanceKey) {
    return handOver(processInstanceKey, HandoffFixtures.acceptance());
  }

  /** As {@link #handOver(long)}, with the accept form submitted with these variables. */
  ActivatedJob handOver(long processInstanceKey, Map<String, Object> acceptForm) {
    completeUserTask(
        processInstanceKey, Handoff.ACCEPT_HANDOFF_TASK, Handoff.VALIDATE_DECISION_JOB, acceptForm);
    ActivatedJob recordAcceptance = awaitJob(Handoff.RECORD_ACCEPTANCE_JOB);
    String dealId =
        (String) recordAcceptance.getVariablesAsMap().get(ProcessContract.Variables.DEAL_ID);
    client
        .newCompleteCommand(recordAcceptance)
        .variables(
            HandoffFixtures.withNulls(
                Handoff.ACCOUNT_MANAGER,
                HandoffFixtures.ACCOUNT_MANAGER,
                Handoff.LINEAGE,
                lineage(dealId)))
        .send()
        .join();
    return completeJob(Handoff.START_ONBOARDING_JOB, Map.of());
  }
}
