package io.baton.support.notification;

import java.util.List;

/**
 * Port: the people behind a {@link Recipient}, with their e-mail addresses. Locally a users file
 * ({@link FileNotificationDirectory}); in production the identity provider's {@code email} claim.
 */
@FunctionalInterface
public interface NotificationDirectory {

  /** The people the recipient stands for; empty when the directory knows nobody by it. */
  List<Person> peopleOf(Recipient recipient);

  /** A directory that knows nobody: every notification is a dead letter naming the recipient. */
  static NotificationDirectory none() {
    return recipient -> List.of();
  }
}
