package io.baton.engine;

import io.camunda.zeebe.protocol.impl.record.value.incident.IncidentRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's {@code POST /v2/incidents/{incidentKey}/resolution}: the engine resolves the
 * incident (for a job's incident, once the job has retries again) and the instance continues.
 */
@RestController
class IncidentCommandController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  IncidentCommandController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/v2/incidents/{incidentKey}/resolution")
  ResponseEntity<Void> resolve(@PathVariable final long incidentKey) {
    access.requireSupervisor("UPDATE_PROCESS_INSTANCE", "PROCESS_DEFINITION");
    runtime
        .engine()
        .commands()
        .send(ValueType.INCIDENT, IncidentIntent.RESOLVE, incidentKey, new IncidentRecord());
    return ResponseEntity.noContent().build();
  }
}
