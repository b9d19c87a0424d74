package io.baton.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class CorrelationIdWebFilterTest {

  private final CorrelationIdWebFilter filter = new CorrelationIdWebFilter();

  private final AtomicReference<ServerWebExchange> passedOn = new AtomicReference<>();

  private final AtomicReference<String> inContext = new AtomicReference<>();

  private final WebFilterChain chain =
      exchange ->
          Mono.deferContextual(
              context -> {
                passedOn.set(exchange);
                inContext.set(context.get(CorrelationId.KEY));
                return exchange.getResponse().setComplete();
              });

  @Test
  void passesTheCallersIdOnAndReturnsIt() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/leads").header(CorrelationId.HEADER, "abc-123"));

    StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

    assertThat(passedOn.get().getRequest().getHeaders().getFirst(CorrelationId.HEADER))
        .isEqualTo("abc-123");
    assertThat(exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER))
        .isEqualTo("abc-123");
    assertThat(inContext.get()).isEqualTo("abc-123");
  }

  @Test
  void createsAnIdWhenThereIsNoneAndUsesTheSameOneEverywhere() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"));

    StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

    String created = exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER);
    assertThat(created).hasSize(36);
    assertThat(passedOn.get().getRequest().getHeaders().get(CorrelationId.HEADER))
        .containsExactly(created);
    assertThat(inContext.get()).isEqualTo(created);
  }

  @Test
  void replacesAnUnsafeIdFromTheCaller() {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/leads")
                .header(CorrelationId.HEADER, "bad id\nforged line"));

    StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

    assertThat(passedOn.get().getRequest().getHeaders().get(CorrelationId.HEADER))
        .singleElement()
        .asString()
        .hasSize(36);
  }
}
