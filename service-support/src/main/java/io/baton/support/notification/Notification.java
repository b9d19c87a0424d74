package io.baton.support.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something people must act on, decided by an aggregate and stored in the aggregate's own document
 * next to its outbox (single-document atomicity) until the {@link NotificationRelay} has put it in
 * the delivery log ({@code queuedAt}). The event id is derived from stable business data (e.g.
 * {@code L-7/first-contact-due}), so the same event decided again is recognised: by the aggregate,
 * and by the delivery log, which keeps one delivery per event, person and channel.
 *
 * @param eventType what happened, in kebab-case ({@code first-contact-due}); names the templates
 * @param recipients who hears about it: {@link Recipient#user}, {@link Recipient#role} or {@link
 *     Recipient#team}, as stored ({@code user:sam}, {@code team:sales-managers})
 * @param subject what the templates show (lead id, company, due time…)
 * @param link where to act: a path in the console ({@code /leads/L-7}), or an absolute URL (a
 *     Tasklist task)
 */
public record Notification(
    String eventId,
    String eventType,
    List<String> recipients,
    Map<String, String> subject,
    String link,
    Instant createdAt,
    Instant queuedAt) {

  public Notification {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    subject = subject == null ? Map.of() : Map.copyOf(subject);
  }

  public static Notification pending(
      String eventId,
      String eventType,
      List<String> recipients,
      Map<String, String> subject,
      String link,
      Instant createdAt) {
    return new Notification(eventId, eventType, recipients, subject, link, createdAt, null);
  }

  public boolean isPending() {
    return queuedAt == null;
  }
}
