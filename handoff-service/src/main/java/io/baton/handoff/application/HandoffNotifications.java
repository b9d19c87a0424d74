package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.support.notification.Notification;
import io.baton.support.notification.Recipient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the handoff tells its sales owner, each with a link to where they act: the task inbox while
 * the brief is theirs to write, else the customer's journey. The event id is the deal id and the
 * event type, with the round for what can happen once per round, so each is told once.
 */
final class HandoffNotifications {

  /** Where the sales owner writes the brief: the console's task inbox. */
  private static final String CONSOLE_TASKS = "/console/#/tasks";

  private static final String CONSOLE_JOURNEY = "/console/#/journey/";

  static final String BRIEF_OVERDUE = "brief-overdue";
  static final String HANDOFF_RETURNED = "handoff-returned";
  static final String HANDOFF_ACCEPTED = "handoff-accepted";

  private HandoffNotifications() {}

  /** The brief of round {@code round} passed its deadline: the sales owner hears it is overdue. */
  static Notification briefOverdue(Handoff handoff, int round, Instant now) {
    Map<String, String> subject = subject(handoff);
    subject.put("round", Integer.toString(round));
    return Notification.pending(
        handoff.dealId() + "/" + BRIEF_OVERDUE + "/" + round,
        BRIEF_OVERDUE,
        salesOwner(handoff),
        subject,
        CONSOLE_TASKS,
        now);
  }

  /**
   * An account manager returned the handoff of round {@code round} with {@code questions}: the
   * sales owner hears the brief is theirs again.
   */
  static Notification returned(Handoff handoff, String questions, int round, Instant now) {
    Map<String, String> subject = subject(handoff);
    subject.put("round", Integer.toString(round));
    put(subject, "questions", questions);
    put(subject, "returnedBy", handoff.snapshot().decidedBy());
    return Notification.pending(
        handoff.dealId() + "/" + HANDOFF_RETURNED + "/" + round,
        HANDOFF_RETURNED,
        salesOwner(handoff),
        subject,
        CONSOLE_TASKS,
        now);
  }

  /** The account manager accepted the customer: the sales owner hears who owns it now. */
  static Notification accepted(Handoff handoff, Instant now) {
    Map<String, String> subject = subject(handoff);
    put(subject, "accountManager", handoff.snapshot().accountManager());
    put(subject, "acceptanceNote", handoff.snapshot().acceptanceNote());
    return Notification.pending(
        handoff.dealId() + "/" + HANDOFF_ACCEPTED,
        HANDOFF_ACCEPTED,
        salesOwner(handoff),
        subject,
        CONSOLE_JOURNEY + handoff.dealId(),
        now);
  }

  private static List<String> salesOwner(Handoff handoff) {
    return List.of(Recipient.user(handoff.deal().salesOwner()));
  }

  private static Map<String, String> subject(Handoff handoff) {
    Handoff.Snapshot s = handoff.snapshot();
    Map<String, String> subject = new LinkedHashMap<>();
    subject.put("dealId", handoff.dealId());
    put(subject, "customerName", s.deal().customerName());
    put(subject, "salesOwner", s.deal().salesOwner());
    put(subject, "briefDueAt", s.briefDueAt() == null ? null : s.briefDueAt().toString());
    return subject;
  }

  private static void put(Map<String, String> subject, String key, String value) {
    if (value != null) {
      subject.put(key, value);
    }
  }
}
