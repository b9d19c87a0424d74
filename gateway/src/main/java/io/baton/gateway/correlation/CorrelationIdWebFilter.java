package io.baton.gateway.correlation;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id: taken from {@code X-Correlation-Id} or created, passed to
 * the backend, returned on the response, put in the Reactor context (and from there in the MDC of
 * every log line of the request) and written in one access log line.
 *
 * <p>A {@link WebFilter} rather than a gateway {@code GlobalFilter}, so the gateway's own answers
 * (fallbacks, 404 and 405, actuator) carry the id as well as routed ones.
 */
@Component
public class CorrelationIdWebFilter implements WebFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger(CorrelationIdWebFilter.class);

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String correlationId =
        CorrelationId.keepOrCreate(
            exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
    ServerWebExchange withId =
        exchange
            .mutate()
            .request(
                request ->
                    request.headers(headers -> headers.set(CorrelationId.HEADER, correlationId)))
            .build();
    withId
        .getResponse()
        .beforeCommit(
            () -> {
              withId.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
              return Mono.empty();
            });
    long startedAt = System.nanoTime();
    return chain
        .filter(withId)
        .doFinally(signal -> logExchange(withId, correlationId, startedAt))
        .contextWrite(Context.of(CorrelationId.KEY, correlationId));
  }

  private static void logExchange(
      ServerWebExchange exchange, String correlationId, long startedAt) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
    try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationId.KEY, correlationId)) {
      log.info(
          "{} {} -> {} in {} ms",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath().value(),
          exchange.getResponse().getStatusCode(),
          millis);
    }
  }
}
