package io.baton.lead.adapter.in.workflow;

import io.baton.lead.application.AssigningOwner;
import io.baton.lead.application.AssigningOwner.OwnerAndClock;
import io.baton.lead.domain.PlayDecision;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code lead.assign-owner}: keeps the decided play on the lead with the inputs it was decided
 * from, assigns the owner, and gives the process the tier's clock and cadence.
 */
@Component
public class AssignOwnerWorker {

  private final AssigningOwner assigningOwner;
  private final Clock clock;

  public AssignOwnerWorker(AssigningOwner assigningOwner, Clock clock) {
    this.assigningOwner = assigningOwner;
    this.clock = clock;
  }

  @JobWorker(type = LeadFollowUp.ASSIGN_OWNER_JOB)
  public Map<String, Object> assignOwner(
      @Variable String leadId,
      @Variable Map<String, Object> play,
      @Variable(optional = true) String sourceChannel,
      @Variable(optional = true) Integer companySize,
      @Variable(optional = true) String interest,
      @Variable(optional = true) String correlationId,
      @ProcessInstanceKey long processInstanceKey) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(LeadFollowUp.SOURCE_CHANNEL, sourceChannel);
    inputs.put(LeadFollowUp.COMPANY_SIZE, companySize);
    inputs.put(LeadFollowUp.INTEREST, interest);
    PlayDecision decision =
        new PlayDecision(
            LeadFollowUp.PLAY_DECISION_ID,
            inputs,
            (String) play.get(LeadFollowUp.PLAY_NAME),
            (String) play.get(LeadFollowUp.SLA_TIER),
            (String) play.get(LeadFollowUp.TALK_TRACK),
            (String) play.get(LeadFollowUp.NEXT_STEP),
            (String) play.get(LeadFollowUp.PLAY_REASON),
            clock.instant());
    return CorrelationId.call(
        correlationId,
        () -> variables(assigningOwner.assign(leadId, decision, processInstanceKey)));
  }

  private static Map<String, Object> variables(OwnerAndClock assigned) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LeadFollowUp.OWNER, assigned.owner());
    variables.put(LeadFollowUp.OWNER_TEAM, assigned.team());
    variables.put(LeadFollowUp.FIRST_CONTACT_DUE_AT, assigned.firstContactDueAt().toString());
    variables.put(LeadFollowUp.NOTIFY_OWNER_AFTER, assigned.notifyOwnerAfter().toString());
    variables.put(LeadFollowUp.REASSIGN_AFTER, assigned.reassignAfter().toString());
    variables.put(LeadFollowUp.ESCALATE_AFTER, assigned.escalateAfter().toString());
    variables.put(LeadFollowUp.MAX_ATTEMPTS, assigned.maxAttempts());
    variables.put(LeadFollowUp.ATTEMPT_INTERVAL, assigned.attemptInterval().toString());
    variables.put(LeadFollowUp.TASK_PRIORITY, assigned.taskPriority());
    return variables;
  }
}
