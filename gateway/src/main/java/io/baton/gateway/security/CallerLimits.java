package io.baton.gateway.security;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * How often each caller may send: a token bucket of requests per caller — the token's subject, or
 * the client address without a token — refilled at {@code requests-per-second} and holding {@code
 * burst} (429 with {@code Retry-After} when empty). Every answer says how many requests are left
 * ({@code X-RateLimit-Remaining}). Runs after the token checks, so the caller is known. Once a
 * minute the buckets that have refilled to the full burst are forgotten: such a bucket is no
 * different from a new one, so callers who stopped sending take no memory.
 */
final class CallerLimits implements WebFilter, Ordered {

  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";
  private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

  private final GatewaySecurityProperties properties;
  private final Clock clock;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final AntPathMatcher paths = new AntPathMatcher();
  private final AtomicReference<Instant> forgottenAt;

  CallerLimits(GatewaySecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.forgottenAt = new AtomicReference<>(clock.instant());
  }

  @Override
  public int getOrder() {
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().value();
    if (properties.rateLimit().exemptPaths().stream()
        .anyMatch(pattern -> paths.match(pattern, path))) {
      return chain.filter(exchange);
    }
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .defaultIfEmpty(clientAddress(exchange))
        .flatMap(caller -> limit(caller, exchange, chain));
  }

  private Mono<Void> limit(String caller, ServerWebExchange exchange, WebFilterChain chain) {
    GatewaySecurityProperties.RateLimit limit = properties.rateLimit();
    forgetFullBuckets();
    TokenBucket bucket =
        buckets.computeIfAbsent(
            caller, key -> new TokenBucket(limit.burst(), limit.requestsPerSecond(), clock));
    TokenBucket.Take take = bucket.take();
    HttpHeaders headers = exchange.getResponse().getHeaders();
    headers.set(LIMIT, Integer.toString(limit.requestsPerSecond()));
    headers.set(REMAINING, Long.toString(take.remaining()));
    if (!take.granted()) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(take.retryAfterSeconds()));
      return ProblemResponses.write(
          exchange,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many requests",
          "At most " + limit.requestsPerSecond() + " requests per second; try again later");
    }
    return chain.filter(exchange);
  }

  /** How many callers have a bucket now. */
  int callersTracked() {
    return buckets.size();
  }

  private void forgetFullBuckets() {
    Instant now = clock.instant();
    Instant last = forgottenAt.get();
    if (now.isBefore(last.plus(FORGET_EVERY)) || !forgottenAt.compareAndSet(last, now)) {
      return;
    }
    buckets.values().removeIf(TokenBucket::full);
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return exchange.getRequest().getRemoteAddress() == null
        ? "unknown"
        : exchange.getRequest().getRemoteAddress().getAddress().getHostAddress();
  }
}
