package io.baton.engine;

import org.springframework.stereotype.Component;

/**
 * Who may use the REST API's operations beyond user tasks (deploy, start and cancel instances, work
 * jobs, publish messages, move the clock...): with security on, only a supervisor, i.e. a caller
 * with a supervising role such as the services' {@code system} role (see {@link TaskUser}). Anyone
 * else gets 403, as a Camunda 8.8 user without the permission does; with security off everyone may.
 */
@Component
class EngineAccess {

  private final EngineSecurityProperties properties;

  EngineAccess(final EngineSecurityProperties properties) {
    this.properties = properties;
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
