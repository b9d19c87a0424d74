package io.baton.support.notification;

/** Port: one way of reaching a person, e.g. e-mail. */
public interface NotificationChannel {

  /** The channel's name in the delivery log and the metrics, e.g. {@code email}. */
  String name();

  /**
   * Delivers the notification to the person, or throws: the relay tries again later, and after its
   * last try keeps the delivery as a dead letter with the error.
   */
  void send(Notification notification, Person to);
}
