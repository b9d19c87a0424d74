package io.baton.retention.saveplay.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.baton.support.notification.Notification;
import io.baton.support.notification.Recipient;
import io.baton.workflows.ProcessContract.Retention;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a save play tells its customer's account manager, the executive sponsors once they are
 * engaged, and the CS leaders, each with a link to the console's save-play page of the customer,
 * which shows its running save play. The event id is the intervention's id and the event type (and
 * the sponsor, for an escalation), so each is told once.
 */
final class SavePlayNotifications {

  private static final String CONSOLE_SAVE_PLAY = "/console/#/save-play/";

  static final String SAVE_PLAY_STARTED = "save-play-started";
  static final String SPONSOR_ENGAGED = "executive-sponsor-engaged";
  static final String SAVE_PLAY_OUTCOME = "save-play-outcome";

  private SavePlayNotifications() {}

  /** A save play started for the customer. */
  static Notification started(Intervention intervention, Customer customer, Instant now) {
    Map<String, String> subject = subject(intervention, customer);
    SavePlayTrigger trigger = intervention.triggers().getFirst();
    put(subject, "reason", trigger.reason());
    put(subject, "triggeredBy", trigger.triggeredBy());
    return about(intervention, customer, SAVE_PLAY_STARTED, "", subject, now);
  }

  /** The save play was escalated to an executive sponsor, who now hears of it too. */
  static Notification sponsorEngaged(
      Intervention intervention, Customer customer, SponsorEscalation escalation, Instant now) {
    Map<String, String> subject = subject(intervention, customer);
    put(subject, "sponsor", escalation.sponsor());
    put(subject, "escalationReason", escalation.reason());
    return about(intervention, customer, SPONSOR_ENGAGED, "/" + escalation.sponsor(), subject, now);
  }

  /** The save play ended saved, downgraded or churned. */
  static Notification outcome(Intervention intervention, Customer customer, Instant now) {
    Map<String, String> subject = subject(intervention, customer);
    InterventionOutcome outcome = intervention.outcome();
    subject.put("outcome", outcome.outcome().code());
    put(subject, "workedBy", outcome.workedBy());
    put(subject, "arrKept", outcome.arrKept() == null ? null : outcome.arrKept().toPlainString());
    put(subject, "arrLost", outcome.arrLost() == null ? null : outcome.arrLost().toPlainString());
    put(subject, "notes", outcome.notes());
    return about(intervention, customer, SAVE_PLAY_OUTCOME, "", subject, now);
  }

  private static Notification about(
      Intervention intervention,
      Customer customer,
      String eventType,
      String suffix,
      Map<String, String> subject,
      Instant now) {
    return Notification.pending(
        intervention.interventionId() + "/" + eventType + suffix,
        eventType,
        recipients(intervention, customer),
        subject,
        CONSOLE_SAVE_PLAY + intervention.customerId(),
        now);
  }

  /** The account manager, every sponsor engaged so far, and the CS leaders; each once. */
  private static List<String> recipients(Intervention intervention, Customer customer) {
    Set<String> recipients = new LinkedHashSet<>();
    String accountManager = customer.profile().accountManager();
    if (accountManager != null) {
      recipients.add(Recipient.user(accountManager));
    }
    for (SponsorEscalation escalation : intervention.snapshot().escalations()) {
      recipients.add(
          Retention.EXECUTIVE_SPONSORS_GROUP.equals(escalation.sponsor())
              ? Recipient.team(escalation.sponsor())
              : Recipient.user(escalation.sponsor()));
    }
    recipients.add(Recipient.team(Customer.CS_LEADERS_GROUP));
    return List.copyOf(recipients);
  }

  private static Map<String, String> subject(Intervention intervention, Customer customer) {
    Intervention.Snapshot s = intervention.snapshot();
    Map<String, String> subject = new LinkedHashMap<>();
    subject.put("interventionId", intervention.interventionId());
    subject.put("customerId", intervention.customerId());
    put(subject, "customerName", s.customerName());
    put(subject, "accountManager", customer.profile().accountManager());
    put(subject, "arrAtStart", s.arrAtStart() == null ? null : s.arrAtStart().toPlainString());
    put(subject, "renewalDate", s.renewalDate() == null ? null : s.renewalDate().toString());
    put(subject, "play", intervention.play());
    return subject;
  }

  private static void put(Map<String, String> subject, String key, String value) {
    if (value != null) {
      subject.put(key, value);
    }
  }
}
