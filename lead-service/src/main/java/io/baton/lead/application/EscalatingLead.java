package io.baton.lead.application;

import io.baton.lead.domain.EscalationStage;
import io.baton.lead.domain.Lead;
import io.baton.support.notification.Notification;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * Speed-to-lead escalations of a lead nobody reached in time: the owner is notified, the lead goes
 * back to its team's queue, then the sales managers review it. Each is recorded once on the lead,
 * however often its job runs, in the same write as the notification that tells the people who must
 * act ({@link LeadNotifications}); the first-contact task follows the lead's owner.
 */
@Service
public class EscalatingLead {

  private final UnitOfWork<Lead> leadWork;
  private final FirstContactTask firstContactTask;
  private final LeadMetrics metrics;
  private final Clock clock;

  public EscalatingLead(
      UnitOfWork<Lead> leadWork,
      FirstContactTask firstContactTask,
      LeadMetrics metrics,
      Clock clock) {
    this.leadWork = leadWork;
    this.firstContactTask = firstContactTask;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The first-contact SLA is due: the owner hears about it. */
  public Lead notifyOwner(String leadId) {
    return escalate(
        leadId,
        EscalationStage.OWNER_NOTIFIED,
        "First contact is due",
        LeadNotifications::firstContactDue);
  }

  /**
   * Still nobody tried: the lead leaves its owner for the team's queue, and so does the
   * first-contact task of its follow-up {@code followUpKey}; later tasks go to the queue too.
   */
  public Lead returnToQueue(String leadId, long followUpKey) {
    Changed<Lead> change =
        leadWork.change(
            leadId,
            lead -> {
              Instant now = clock.instant();
              return lead.returnToQueue(now)
                  && notified(lead, LeadNotifications.returnedToQueue(lead, now));
            });
    counted(change, EscalationStage.REASSIGNED_TO_QUEUE);
    if (change.value().owner() == null) {
      firstContactTask.returnToQueue(followUpKey);
    }
    return change.value();
  }

  /** Still nobody tried: the sales managers review the lead. */
  public Lead escalateToManager(String leadId) {
    return escalate(
        leadId,
        EscalationStage.MANAGER_ESCALATED,
        "Sales managers review the lead",
        LeadNotifications::managerReview);
  }

  /**
   * A sales manager reviewed the lead and gave it to {@code newOwner}, if not null or blank: the
   * first-contact task of its follow-up {@code followUpKey} and the later ones are theirs.
   */
  public Lead recordManagerReview(RecordManagerReview command) {
    String newOwner = command.newOwner();
    String owner = newOwner == null || newOwner.isBlank() ? null : newOwner.strip();
    Changed<Lead> change =
        leadWork.change(
            command.leadId(),
            lead -> lead.recordManagerReview(owner, command.note(), clock.instant()));
    counted(change, EscalationStage.MANAGER_REVIEWED);
    if (change.value().owner() != null) {
      firstContactTask.assignTo(command.followUpKey(), change.value().owner());
    }
    return change.value();
  }

  private Lead escalate(
      String leadId,
      EscalationStage stage,
      String note,
      BiFunction<Lead, Instant, Notification> notification) {
    Changed<Lead> change =
        leadWork.change(
            leadId,
            lead -> {
              Instant now = clock.instant();
              return lead.escalate(stage, note, now)
                  && notified(lead, notification.apply(lead, now));
            });
    counted(change, stage);
    return change.value();
  }

  /** Adds the notification to the escalated lead; true, since the escalation changed it. */
  private static boolean notified(Lead lead, Notification notification) {
    lead.notify(notification);
    return true;
  }

  private void counted(Changed<Lead> change, EscalationStage stage) {
    if (change.changed()) {
      metrics.escalated(change.value(), stage);
    }
  }
}
