package io.baton.support.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An engine message an aggregate has decided to send, stored in the aggregate's own document
 * (single-document atomicity) until the engine has acknowledged it. The message id is derived from
 * stable business data, so publishing it again is a no-op in the engine.
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

  /**
   * An amount (e.g. ARR) as a message variable: a JSON number for FEEL and DMN, whole amounts as
   * integers and others as decimals. MongoDB would keep a {@link BigDecimal} in a variable as a
   * string.
   */
  public static Number number(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.scale() <= 0) {
      return plain.longValueExact();
    }
    return plain.doubleValue();
  }
}
