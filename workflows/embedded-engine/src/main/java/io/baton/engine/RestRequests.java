package io.baton.engine;

import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import java.util.Map;
import java.util.function.Consumer;
import org.agrona.DirectBuffer;

/**
 * What the REST controllers share when they turn a request into an engine command: checks that
 * answer 400 in Camunda's words (see {@link ProblemResponses}), keys sent as strings, and variables
 * as the engine stores them (MessagePack).
 */
final class RestRequests {

  private RestRequests() {}

  /** A required property: 400 {@code No <property> provided} if it is missing or blank. */
  static <T> T required(final T value, final String property) {
    if (value == null || value instanceof final String text && text.isBlank()) {
      throw new IllegalArgumentException("No %s provided".formatted(property));
    }
    return value;
  }

  /** 400 {@code The value for <property> is '<value>' but must be <rule>} unless it holds. */
  static void check(
      final boolean holds, final String property, final Object value, final String rule) {
    if (!holds) {
      throw new IllegalArgumentException(
          "The value for %s is '%s' but must be %s".formatted(property, value, rule));
    }
  }

  /** Exactly one of two alternative properties, e.g. a definition's id or its key. */
  static void exactlyOne(
      final Object first, final String firstName, final Object second, final String secondName) {
    if (first == null && second == null) {
      throw new IllegalArgumentException(
          "At least one of [%s, %s] is required".formatted(firstName, secondName));
    }
    if (first != null && second != null) {
      throw new IllegalArgumentException(
          "Only one of [%s, %s] is allowed".formatted(firstName, secondName));
    }
  }

  /** A key sent as a string, as Camunda 8.8's API sends keys. */
  static long key(final String value, final String property) {
    try {
      return Long.parseLong(value);
    } catch (final NumberFormatException e) {
      throw new IllegalArgumentException(
          "Request property [%s] cannot be parsed".formatted(property), e);
    }
  }

  /** The variables as the engine takes them (MessagePack), or null if there are none. */
  static DirectBuffer msgPack(final Map<String, Object> variables) {
    return variables == null || variables.isEmpty()
        ? null
        : BufferUtil.wrapArray(MsgPackConverter.convertToMsgPack(variables));
  }

  /** Gives the command the request's variables, if it has any. */
  static void setVariables(
      final Map<String, Object> variables, final Consumer<DirectBuffer> command) {
    final DirectBuffer msgPack = msgPack(variables);
    if (msgPack != null) {
      command.accept(msgPack);
    }
  }

  /** Gives the command the request's tenant, if it names one; else it is the default tenant. */
  static void setTenant(final String tenantId, final Consumer<String> command) {
    if (tenantId != null) {
      command.accept(tenantId);
    }
  }

  static String orEmpty(final String text) {
    return text == null ? "" : text;
  }
}
