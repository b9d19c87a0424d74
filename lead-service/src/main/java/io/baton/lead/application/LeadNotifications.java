package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.support.notification.Notification;
import io.baton.support.notification.Recipient;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the speed-to-lead escalations tell whom, each with a link to the lead in the console. The
 * event id is the lead's id and the event type, so each is told once per lead.
 */
final class LeadNotifications {

  /** Where the lead's owner, team or manager acts on it: the console's task inbox. */
  private static final String CONSOLE_TASKS = "/console/#/tasks";

  static final String FIRST_CONTACT_DUE = "first-contact-due";
  static final String RETURNED_TO_QUEUE = "lead-returned-to-queue";
  static final String MANAGER_REVIEW = "manager-review";
  static final String ASSIGNED = "lead-assigned";

  private LeadNotifications() {}

  /** The lead's first owner hears that it is theirs to contact. */
  static Notification assigned(Lead lead, Instant now) {
    return about(lead, ASSIGNED, Recipient.user(lead.owner()), now);
  }

  /** The owner (or, without one, the team) hears that first contact is due. */
  static Notification firstContactDue(Lead lead, Instant now) {
    String recipient =
        lead.owner() != null ? Recipient.user(lead.owner()) : Recipient.team(lead.team());
    return about(lead, FIRST_CONTACT_DUE, recipient, now);
  }

  /** The team hears that the lead is in its queue, for anyone to take. */
  static Notification returnedToQueue(Lead lead, Instant now) {
    return about(lead, RETURNED_TO_QUEUE, Recipient.team(lead.team()), now);
  }

  /** The sales managers hear that the lead waits for their review. */
  static Notification managerReview(Lead lead, Instant now) {
    return about(lead, MANAGER_REVIEW, Recipient.team(LeadFollowUp.SALES_MANAGERS_GROUP), now);
  }

  private static Notification about(Lead lead, String eventType, String recipient, Instant now) {
    Map<String, String> subject = new LinkedHashMap<>();
    subject.put("leadId", lead.leadId());
    put(subject, "companyName", lead.company() == null ? null : lead.company().name());
    put(subject, "contactName", lead.contact() == null ? null : lead.contact().name());
    put(subject, "owner", lead.owner());
    put(subject, "team", lead.team());
    put(
        subject,
        "firstContactDueAt",
        lead.firstContactDueAt() == null ? null : lead.firstContactDueAt().toString());
    return Notification.pending(
        lead.leadId() + "/" + eventType,
        eventType,
        List.of(recipient),
        subject,
        CONSOLE_TASKS,
        now);
  }

  private static void put(Map<String, String> subject, String key, String value) {
    if (value != null) {
      subject.put(key, value);
    }
  }
}
