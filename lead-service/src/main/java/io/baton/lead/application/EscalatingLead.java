package io.baton.lead.application;

import io.baton.lead.domain.EscalationStage;
import io.baton.lead.domain.Lead;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Speed-to-lead escalations of a lead nobody reached in time: the owner is notified, the lead goes
 * back to its team's queue, then the sales managers review it. Each is recorded once on the lead,
 * however often its job runs.
 */
@Service
public class EscalatingLead {

  private final UnitOfWork<Lead> leadWork;
  private final LeadMetrics metrics;
  private final Clock clock;

  public EscalatingLead(UnitOfWork<Lead> leadWork, LeadMetrics metrics, Clock clock) {
    this.leadWork = leadWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The first-contact SLA is due: the owner hears about it. */
  public Lead notifyOwner(String leadId) {
    return escalate(leadId, EscalationStage.OWNER_NOTIFIED, "First contact is due");
  }

  /** Still nobody tried: the lead leaves its owner for the team's queue. */
  public Lead returnToQueue(String leadId) {
    Changed<Lead> change = leadWork.change(leadId, lead -> lead.returnToQueue(clock.instant()));
    counted(change, EscalationStage.REASSIGNED_TO_QUEUE);
    return change.value();
  }

  /** Still nobody tried: the sales managers review the lead. */
  public Lead escalateToManager(String leadId) {
    return escalate(leadId, EscalationStage.MANAGER_ESCALATED, "Sales managers review the lead");
  }

  /** A sales manager reviewed the lead and gave it to {@code newOwner}, if not null. */
  public Lead recordManagerReview(String leadId, String newOwner, String note) {
    String owner = newOwner == null || newOwner.isBlank() ? null : newOwner.strip();
    Changed<Lead> change =
        leadWork.change(leadId, lead -> lead.recordManagerReview(owner, note, clock.instant()));
    counted(change, EscalationStage.MANAGER_REVIEWED);
    return change.value();
  }

  private Lead escalate(String leadId, EscalationStage stage, String note) {
    Changed<Lead> change = leadWork.change(leadId, lead -> lead.escalate(stage, note, clock.instant()));
    counted(change, stage);
    return change.value();
  }

  private void counted(Changed<Lead> change, EscalationStage stage) {
    if (change.changed()) {
      metrics.escalated(change.value(), stage);
    }
  }
}
