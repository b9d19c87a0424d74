package io.baton.gateway.correlation;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Copies the correlation id between the Reactor context and the logging MDC, so that with {@code
 * spring.reactor.context-propagation=auto} every log line of a request shows its id. Registered
 * through {@code META-INF/services}.
 */
public class CorrelationIdThreadLocalAccessor implements ThreadLocalAccessor<String> {

  @Override
  public Object key() {
    return CorrelationId.KEY;
  }

  @Override
  public String getValue() {
    return MDC.get(CorrelationId.KEY);
  }

  @Override
  public void setValue(String value) {
    MDC.put(CorrelationId.KEY, value);
  }

  @Override
  public void setValue() {
    MDC.remove(CorrelationId.KEY);
  }
}
