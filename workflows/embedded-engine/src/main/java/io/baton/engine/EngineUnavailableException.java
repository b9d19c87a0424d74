package io.baton.engine;

/** The engine could not take or answer a command in time (stopped, resetting or overloaded). */
public final class EngineUnavailableException extends RuntimeException {

  EngineUnavailableException(final String message) {
    super(message);
  }
}
