package io.baton.engine;

/** The caller may not read or do this (403, as Camunda answers). */
class ForbiddenException extends RuntimeException {

  ForbiddenException(final String message) {
    super(message);
  }
}
