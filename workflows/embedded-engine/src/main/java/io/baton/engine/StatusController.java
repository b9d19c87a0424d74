package io.baton.engine;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's {@code GET /v2/status}: 204 while the engine runs (its one partition has a healthy
 * leader), 503 while it is stopped or resetting. Like in Camunda it needs no token.
 */
@RestController
class StatusController {

  private final EngineRuntime runtime;

  StatusController(final EngineRuntime runtime) {
    this.runtime = runtime;
  }

  /** {@link EngineRuntime#engine()} answers 503 (see {@link ProblemResponses}) if it is stopped. */
  @GetMapping("/v2/status")
  ResponseEntity<Void> status() {
    runtime.engine();
    return ResponseEntity.noContent().build();
  }
}
