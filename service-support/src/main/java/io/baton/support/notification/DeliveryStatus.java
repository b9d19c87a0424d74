package io.baton.support.notification;

import io.baton.support.vocabulary.KebabCase;

/**
 * Where a delivery stands: waiting for its (next) try, claimed by a relay that is sending it, sent,
 * or a dead letter (every try failed, nobody found for the recipient, or a try interrupted by a
 * crash, which is never repeated since the message may have gone out).
 */
public enum DeliveryStatus implements KebabCase {
  PENDING,
  SENDING,
  SENT,
  DEAD
}
