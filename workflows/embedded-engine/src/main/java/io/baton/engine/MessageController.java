package io.baton.engine;

import static io.baton.engine.RestRequests.orEmpty;
import static io.baton.engine.RestRequests.required;

import io.camunda.client.protocol.rest.MessageCorrelationRequest;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationRequest;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import io.camunda.zeebe.protocol.impl.record.value.message.MessageCorrelationRecord;
import io.camunda.zeebe.protocol.impl.record.value.message.MessageRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageCorrelationIntent;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's messages: publish one (buffered for its time to live, correlated to every waiting
 * subscription), or correlate one, which answers with the process instance it reached and 404 if
 * none waits for it.
 */
@RestController
@RequestMapping("/v2/messages")
class MessageController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  MessageController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/publication")
  MessagePublicationResult publish(@RequestBody final MessagePublicationRequest request) {
    final long timeToLive = request.getTimeToLive() == null ? 0 : request.getTimeToLive();
    RestRequests.check(timeToLive >= 0, "timeToLive", timeToLive, "not negative");
    final MessageRecord command =
        new MessageRecord()
            .setName(required(request.getName(), "name"))
            .setCorrelationKey(orEmpty(request.getCorrelationKey()))
            .setTimeToLive(timeToLive)
            .setMessageId(orEmpty(request.getMessageId()));
    RestRequests.setVariables(request.getVariables(), command::setVariables);
    RestRequests.setTenant(request.getTenantId(), command::setTenantId);
    access.requireSupervisor("CREATE", "MESSAGE");
    final CommandResponse published =
        runtime.engine().commands().send(ValueType.MESSAGE, MessageIntent.PUBLISH, -1, command);
    return new MessagePublicationResult()
        .messageKey(Long.toString(published.key()))
        .tenantId(published.valueAs(new MessageRecord()).getTenantId());
  }

  @PostMapping("/correlation")
  MessageCorrelationResult correlate(@RequestBody final MessageCorrelationRequest request) {
    final MessageCorrelationRecord command =
        new MessageCorrelationRecord()
            .setName(required(request.getName(), "name"))
            .setCorrelationKey(orEmpty(request.getCorrelationKey()));
    RestRequests.setVariables(request.getVariables(), command::setVariables);
    RestRequests.setTenant(request.getTenantId(), command::setTenantId);
    access.requireSupervisor("UPDATE_PROCESS_INSTANCE", "PROCESS_DEFINITION");
    final MessageCorrelationRecord correlated =
        runtime
            .engine()
            .commands()
            .send(ValueType.MESSAGE_CORRELATION, MessageCorrelationIntent.CORRELATE, -1, command)
            .valueAs(new MessageCorrelationRecord());
    return new MessageCorrelationResult()
        .messageKey(Long.toString(correlated.getMessageKey()))
        .tenantId(correlated.getTenantId())
        .processInstanceKey(Long.toString(correlated.getProcessInstanceKey()));
  }
}
