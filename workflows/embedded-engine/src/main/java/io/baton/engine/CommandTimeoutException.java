package io.baton.engine;

/**
 * The engine did not answer a command within its request's timeout: 504 {@code DEADLINE_EXCEEDED},
 * as Camunda's gateway answers, which clients do not send again (they do repeat a 503, and a
 * command such as creating an instance must not run twice).
 */
public final class CommandTimeoutException extends RuntimeException {

  CommandTimeoutException(final String message) {
    super(message);
  }
}
