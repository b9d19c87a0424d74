package io.baton.support.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * An engine message an aggregate has decided to send, stored in the aggregate's own document
 * (single-document atomicity) until the engine has acknowledged it. The message id is derived
 * from stable business data, so publishing it again is a no-op in the engine.
 */
public record OutboxMessage(
    String messageId,
    String messageName,
    String correlationKey,
    Map<String, Object> variables,
    Instant createdAt,
    Instant publishedAt) {

  public static OutboxMessage pending(
      String messageId,
      String messageName,
      String correlationKey,
      Map<String, Object> variables,
      Instant createdAt) {
    return new OutboxMessage(messageId, messageName, correlationKey, variables, createdAt, null);
  }

  public boolean isPending() {
    return publishedAt == null;
  }
}
