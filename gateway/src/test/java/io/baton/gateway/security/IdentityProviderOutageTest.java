package io.baton.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.testsupport.TestTokens;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.WebFilterExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class IdentityProviderOutageTest {

  @Test
  void anUnreachableProviderIsReportedAsAFailureToFetchTheKeysNotAsABadToken() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    for (String issuer :
        new String[] {"http://127.0.0.1:" + closedPort, "http://identity.baton.invalid"}) {
      var decoder =
          IdentityProviderOutage.reported(
              NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build());
      StepVerifier.create(decoder.decode(TestTokens.of("sam", "sales")))
          .expectErrorSatisfies(
              failure ->
                  assertThat(failure)
                      .as(
                          "%s: a token exception that is not a bad token, which Spring reports as a service failure",
                          issuer)
                      .isInstanceOf(JwtException.class)
                      .isNotInstanceOf(BadJwtException.class))
          .verify();
    }
  }

  @Test
  void aProviderOutageIs503WithRetryAfterAndABadTokenStaysTheCallersProblem() {
    var handler =
        IdentityProviderOutage.failureHandler(
            (exchange, failure) -> {
              exchange.getExchange().getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
              return Mono.empty();
            });
    MockServerWebExchange outage =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"));
    MockServerWebExchange badToken =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"));

    handler
        .onAuthenticationFailure(
            new WebFilterExchange(outage, exchange -> Mono.empty()),
            new AuthenticationServiceException("keys"))
        .block();
    handler
        .onAuthenticationFailure(
            new WebFilterExchange(badToken, exchange -> Mono.empty()),
            new InvalidBearerTokenException("expired"))
        .block();

    assertThat(outage.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(outage.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
    assertThat(outage.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(outage.getResponse().getBodyAsString().block())
        .contains("\"status\":503", "identity provider");
    assertThat(badToken.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
