package io.baton.engine;

import io.camunda.client.protocol.rest.SignalBroadcastRequest;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
import io.camunda.zeebe.protocol.impl.record.value.signal.SignalRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.SignalIntent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Camunda 8.8's {@code POST /v2/signals/broadcast}: every signal subscription gets the signal. */
@RestController
class SignalController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  SignalController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/v2/signals/broadcast")
  SignalBroadcastResult broadcast(@RequestBody final SignalBroadcastRequest request) {
    final SignalRecord command =
        new SignalRecord()
            .setSignalName(RestRequests.required(request.getSignalName(), "signalName"));
    RestRequests.setVariables(request.getVariables(), command::setVariables);
    RestRequests.setTenant(request.getTenantId(), command::setTenantId);
    access.requireSupervisor("CREATE", "SIGNAL");
    final CommandResponse broadcast =
        runtime.engine().commands().send(ValueType.SIGNAL, SignalIntent.BROADCAST, -1, command);
    return new SignalBroadcastResult()
        .signalKey(Long.toString(broadcast.key()))
        .tenantId(broadcast.valueAs(new SignalRecord()).getTenantId());
  }
}
