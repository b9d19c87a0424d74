package io.baton.support.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A way of signing HTTP requests with a shared secret: a sender adds {@link #headers}, a receiver
 * checks them with {@link #verify}. A signature is valid only within {@link #TOLERANCE} of the
 * receiver's clock, either way, so a captured request cannot be replayed later.
 */
public interface RequestSignature {

  /** How far a request's timestamp may be from the receiver's clock, either way. */
  Duration TOLERANCE = Duration.ofMinutes(5);

  /** The headers that sign {@code request}, sent at {@code at}. */
  Map<String, String> headers(SignedRequest request, Instant at);

  /**
   * Checks the signature of a received request.
   *
   * @param headers the request's header by name (case-insensitive), null when absent
   */
  SignatureVerdict verify(SignedRequest request, UnaryOperator<String> headers, Instant now);

  /** Whether {@code timestamp} lies within the tolerance of {@code now}. */
  static SignatureVerdict timely(Instant timestamp, Instant now) {
    if (timestamp.isBefore(now.minus(TOLERANCE))) {
      return SignatureVerdict.EXPIRED;
    }
    if (timestamp.isAfter(now.plus(TOLERANCE))) {
      return SignatureVerdict.EARLY;
    }
    return SignatureVerdict.VALID;
  }
}
