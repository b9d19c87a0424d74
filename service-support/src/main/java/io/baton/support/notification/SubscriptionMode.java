package io.baton.support.notification;

import io.baton.support.vocabulary.KebabCase;

/**
 * What a subscription does: {@code subscribe} adds its subscriber to an event type's e-mails,
 * {@code mute} takes them out, even where they are a natural recipient.
 */
public enum SubscriptionMode implements KebabCase {
  SUBSCRIBE,
  MUTE
}
