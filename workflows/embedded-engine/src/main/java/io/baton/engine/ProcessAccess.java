package io.baton.engine;

import org.springframework.stereotype.Component;

/**
 * Who may read process data (process instances, their element instances, variables and incidents),
 * as Camunda 8.8 with authorizations on: only a holder of {@code READ_PROCESS_INSTANCE}, which
 * Baton grants the supervising roles (the services' system role, admins; see {@link TaskUser}).
 * Anyone else gets 403, so a user sees process data only through their user tasks ({@link
 * UserTaskAccess}). With the API open, every caller may.
 */
@Component
class ProcessAccess {

  private final EngineSecurityProperties properties;

  ProcessAccess(final EngineSecurityProperties properties) {
    this.properties = properties;
  }

  void requireMayReadProcesses() {
    final TaskUser user = TaskUser.current(properties);
    if (!user.supervisor()) {
      throw new ForbiddenException(
          "Unauthorized to perform operation 'READ_PROCESS_INSTANCE' on resource"
              + " 'PROCESS_DEFINITION' for "
              + user.username());
    }
  }
}
