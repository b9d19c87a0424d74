package io.baton.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request body up to {@code max-request-size}, 413 problem+json beyond: at once when its {@code
 * Content-Length} says so, and for a chunked body (no length given) by reading it up to the limit
 * before it is passed on, with its length then set. Nothing over the limit reaches a service.
 */
final class RequestSizeLimit implements WebFilter, Ordered {

  private final long maxBytes;

  RequestSizeLimit(GatewaySecurityProperties properties) {
    this.maxBytes = properties.maxRequestSize().toBytes();
  }

  @Override
  public int getOrder() {
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (request.getHeaders().getContentLength() > maxBytes) {
      return tooLarge(exchange);
    }
    if (!request.getHeaders().containsKey(HttpHeaders.TRANSFER_ENCODING)) {
      return chain.filter(exchange);
    }
    return DataBufferUtils.join(request.getBody(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
        .map(body -> exchange.mutate().request(withBody(request, body)).build())
        .defaultIfEmpty(exchange)
        .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange).then(Mono.empty()))
        .flatMap(chain::filter);
  }

  private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(request.getHeaders());
    headers.remove(HttpHeaders.TRANSFER_ENCODING);
    headers.setContentLength(body.readableByteCount());
    return new ServerHttpRequestDecorator(request) {
      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }

      @Override
      public Flux<DataBuffer> getBody() {
        return Flux.just(body);
      }
    };
  }

  private Mono<Void> tooLarge(ServerWebExchange exchange) {
    return ProblemResponses.write(
        exchange,
        HttpStatus.PAYLOAD_TOO_LARGE,
        "Request too large",
        "The request body may be at most " + maxBytes + " bytes");
  }
}
