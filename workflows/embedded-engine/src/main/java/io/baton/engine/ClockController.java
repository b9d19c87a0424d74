package io.baton.engine;

import io.camunda.client.protocol.rest.ClockPinRequest;
import io.camunda.zeebe.protocol.impl.record.value.clock.ClockRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ClockIntent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's engine clock: pin it at an instant (timers and other due dates compare with it) or
 * reset it to the system time.
 */
@RestController
class ClockController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  ClockController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PutMapping("/v2/clock")
  ResponseEntity<Void> pin(@RequestBody final ClockPinRequest request) {
    final long timestamp = RestRequests.required(request.getTimestamp(), "timestamp");
    RestRequests.check(timestamp >= 0, "timestamp", timestamp, "not negative");
    access.requireSupervisor("UPDATE", "SYSTEM");
    send(ClockIntent.PIN, new ClockRecord().pinAt(timestamp));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/clock/reset")
  ResponseEntity<Void> reset() {
    access.requireSupervisor("UPDATE", "SYSTEM");
    send(ClockIntent.RESET, new ClockRecord());
    return ResponseEntity.noContent().build();
  }

  private void send(final ClockIntent intent, final ClockRecord command) {
    runtime.engine().commands().send(ValueType.CLOCK, intent, -1, command);
  }
}
