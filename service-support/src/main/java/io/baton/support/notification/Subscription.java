package io.baton.support.notification;

import java.time.Instant;

/**
 * One subscriber's choice for one event type of this service, kept in its {@code
 * notification_subscriptions} collection: the subscriber ({@code user:sam}, {@code role:admin},
 * {@code team:sales-managers}) subscribes to or mutes the event type.
 */
public record Subscription(
    String id,
    String eventType,
    String subscriber,
    SubscriptionMode mode,
    String updatedBy,
    Instant updatedAt) {

  static String idOf(String eventType, String subscriber) {
    return eventType + "|" + subscriber;
  }
}
