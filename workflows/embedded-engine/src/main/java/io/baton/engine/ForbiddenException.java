package io.baton.engine;

/** The caller may not read or do this (403, as Camunda with authorizations answers). */
class ForbiddenException extends RuntimeException {

  ForbiddenException(final String message) {
    super(message);
  }
}
