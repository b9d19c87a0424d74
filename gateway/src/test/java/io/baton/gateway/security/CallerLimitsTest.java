package io.baton.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.testsupport.MutableClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The buckets of callers who stopped sending are forgotten once they are full again. */
class CallerLimitsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final CallerLimits limits =
      new CallerLimits(
          new GatewaySecurityProperties(
              "http://localhost:8089",
              "baton",
              null,
              null,
              "roles",
              "preferred_username",
              new GatewaySecurityProperties.RateLimit(1, 2, List.of()),
              DataSize.ofMegabytes(1)),
          clock);
  private final WebFilterChain chain = exchange -> Mono.empty();

  @Test
  void aCallerWhoStoppedSendingIsForgottenOnceTheirBucketIsFullAgain() {
    send("10.0.0.1");
    send("10.0.0.2");
    send("10.0.0.2");
    assertThat(send("10.0.0.2")).as("the second caller used up the burst").isEqualTo(429);

    clock.advance(Duration.ofSeconds(61));
    send("10.0.0.3");

    assertThat(limits.callersTracked()).as("only the caller who just sent").isEqualTo(1);
  }

  @Test
  void aBucketThatIsNotFullYetIsKept() {
    for (int i = 0; i < 120; i++) {
      send("10.0.0.1");
      send("10.0.0.1");
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(limits.callersTracked()).isEqualTo(1);
    assertThat(send("10.0.0.1")).as("the one token refilled in the last second").isEqualTo(200);
    assertThat(send("10.0.0.1")).as("not a new bucket's full burst").isEqualTo(429);
  }

  private int send(String address) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/api/leads")
                .remoteAddress(new InetSocketAddress(address, 40000)));
    limits.filter(exchange, chain).block(Duration.ofSeconds(5));
    HttpStatus status = (HttpStatus) exchange.getResponse().getStatusCode();
    return status == null ? 200 : status.value();
  }
}
