package io.baton.engine;

import org.springframework.stereotype.Component;

/**
 * Who may use the REST API's operations beyond user tasks (deploy, start and cancel instances, work
 * jobs, publish messages, move the clock, read process data...): with security on, only a
 * supervisor, i.e. a caller with a supervising role such as the services' {@code system} role (see
 * {@link TaskUser}); with security off everyone may. As in Camunda 8.8 with authorizations on, an
 * operation without the permission is 403, while a search lists only what the caller may read —
 * nothing, for anyone else; so a user sees process data only through their user tasks ({@link
 * UserTaskAccess}).
 */
@Component
class EngineAccess {

  private final EngineSecurityProperties properties;

  EngineAccess(final EngineSecurityProperties properties) {
    this.properties = properties;
  }

  /** Whether the caller reads every resource a search may list. */
  boolean mayReadAll() {
    return TaskUser.current(properties).supervisor();
  }

  /**
   * Names what Camunda would check, e.g. {@code CREATE_PROCESS_INSTANCE} on {@code
   * PROCESS_DEFINITION}, in the 403's detail.
   */
  void requireSupervisor(final String permission, final String resource) {
    final TaskUser caller = TaskUser.current(properties);
    if (!caller.supervisor()) {
      throw new ForbiddenException(
          "Insufficient permissions to perform operation '%s' on resource '%s': %s has no supervising role"
              .formatted(permission, resource, caller.username()));
    }
  }
}
