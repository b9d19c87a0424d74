package io.baton.support.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the delivery log: a notification to one person over one channel, with its tries. Its
 * id is the event id, the person and the channel, so an event queued twice is delivered once. A
 * webhook's person is its target ({@code webhook:<name>}); {@code recipients} are the event's own,
 * which a webhook names.
 */
public record Delivery(
    String id,
    String eventId,
    String eventType,
    String recipient,
    String address,
    String channel,
    Map<String, String> subject,
    String link,
    DeliveryStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant claimedAt,
    Instant sentAt,
    List<String> recipients) {

  static String idOf(String eventId, String recipient, String channel) {
    return eventId + "|" + recipient + "|" + channel;
  }

  Delivery dead(String error) {
    return new Delivery(
        id,
        eventId,
        eventType,
        recipient,
        address,
        channel,
        subject,
        link,
        DeliveryStatus.DEAD,
        attempts,
        error,
        createdAt,
        nextAttemptAt,
        claimedAt,
        sentAt,
        recipients);
  }

  Notification notification() {
    return Notification.pending(
        eventId,
        eventType,
        recipients == null ? List.of(recipient) : recipients,
        subject,
        link,
        createdAt);
  }
}
