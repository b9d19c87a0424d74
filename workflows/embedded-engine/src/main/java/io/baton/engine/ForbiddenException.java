package io.baton.engine;

/** The caller may not perform the operation (403, as Camunda with authorizations answers). */
class ForbiddenException extends RuntimeException {

  ForbiddenException(final String message) {
    super(message);
  }
}
