package io.baton.engine;

/** The caller may not see or work this user task (403, as Camunda answers). */
class UserTaskForbiddenException extends ForbiddenException {

  UserTaskForbiddenException(final String message) {
    super(message);
  }
}
