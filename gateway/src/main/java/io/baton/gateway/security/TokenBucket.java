package io.baton.gateway.security;

import java.time.Clock;

/** A token bucket: holds up to {@code capacity} tokens and refills {@code perSecond} a second. */
final class TokenBucket {

  private final int capacity;
  private final int perSecond;
  private final Clock clock;
  private double tokens;
  private long refilledAtNanos;

  TokenBucket(int capacity, int perSecond, Clock clock) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.clock = clock;
    this.tokens = capacity;
    this.refilledAtNanos = nanos();
  }

  /** Takes a token if there is one; says how many are left and when the next one comes. */
  synchronized Take take() {
    long now = nanos();
    tokens = Math.min(capacity, tokens + (now - refilledAtNanos) / 1e9 * perSecond);
    refilledAtNanos = now;
    if (tokens < 1) {
      return new Take(false, 0, (long) Math.ceil((1 - tokens) / perSecond));
    }
    tokens -= 1;
    return new Take(true, (long) Math.floor(tokens), 0);
  }

  /**
   * Whether the bucket has refilled to its capacity: then it is no different from a new one, and
   * forgetting it loses nothing.
   */
  synchronized boolean full() {
    return tokens + (nanos() - refilledAtNanos) / 1e9 * perSecond >= capacity;
  }

  private long nanos() {
    return clock.millis() * 1_000_000L;
  }

  /** Whether a request may pass, the tokens left, and the seconds until the next one. */
  record Take(boolean granted, long remaining, long retryAfterSeconds) {}
}
