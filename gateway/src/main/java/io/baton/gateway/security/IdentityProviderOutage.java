package io.baton.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

/**
 * When the identity provider cannot be reached for its keys, a request is not the caller's fault:
 * it is answered 503 problem+json with {@code Retry-After}, not 401 (nor a bare 500). A token that
 * is simply bad stays 401.
 */
final class IdentityProviderOutage {

  static final String RETRY_AFTER_SECONDS = "5";

  private IdentityProviderOutage() {}

  /**
   * The decoder, with a failure to fetch the keys reported as a token exception Spring maps to a
   * service failure.
   */
  static ReactiveJwtDecoder reported(ReactiveJwtDecoder decoder) {
    return token ->
        decoder
            .decode(token)
            .onErrorMap(
                failure -> !(failure instanceof JwtException),
                failure ->
                    new JwtException(
                        "The identity provider's keys cannot be fetched: " + failure.getMessage(),
                        failure));
  }

  /** 503 for an unreachable provider, otherwise what {@code unauthorized} answers. */
  static ServerAuthenticationFailureHandler failureHandler(
      ServerAuthenticationFailureHandler unauthorized) {
    return (WebFilterExchange exchange, AuthenticationException failure) -> {
      if (failure instanceof AuthenticationServiceException) {
        exchange.getExchange().getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return ProblemResponses.write(
            exchange.getExchange(),
            HttpStatus.SERVICE_UNAVAILABLE,
            "Identity provider unavailable",
            "Tokens cannot be checked now: the identity provider's keys cannot be fetched. Try again shortly.");
      }
      return unauthorized.onAuthenticationFailure(exchange, failure);
    };
  }
}
