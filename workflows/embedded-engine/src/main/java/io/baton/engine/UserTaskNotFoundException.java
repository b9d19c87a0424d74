package io.baton.engine;

/** No user task with the requested key is known. */
public final class UserTaskNotFoundException extends RuntimeException {

  UserTaskNotFoundException(final long userTaskKey) {
    super("User task with key '%d' not found".formatted(userTaskKey));
  }
}
