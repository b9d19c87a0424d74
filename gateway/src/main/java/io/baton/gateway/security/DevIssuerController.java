package io.baton.gateway.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The local mode's development token issuer ({@code baton.security.dev-issuer.enabled}): tokens
 * for any user and roles, so the README's curl examples and the console work without an identity
 * provider; the client-credentials grant for the services; and the public keys. In production an
 * OIDC provider does all of this.
 */
@RestController
@ConditionalOnProperty(name = "baton.security.dev-issuer.enabled", havingValue = "true")
@Tag(name = "Development token issuer", description = "Local mode only")
class DevIssuerController {

  static final Set<String> ROLES =
      Set.of("marketing", "sales", "account-manager", "service-agent", "cs-leader", "admin", "system");
  private static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";

  private final DevTokenIssuer issuer;
  private final GatewaySecurityProperties properties;

  DevIssuerController(DevTokenIssuer issuer, GatewaySecurityProperties properties) {
    this.issuer = issuer;
    this.properties = properties;
  }

  @PostMapping(path = "/auth/dev-token", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A token for a user with the given roles (local mode only)")
  Map<String, Object> devToken(@RequestBody DevTokenRequest request) {
    if (request.username() == null || !request.username().matches(USERNAME)) {
      throw invalid("username", "must be 1 to 100 letters, digits, '.', '_', '@' or '-'");
    }
    if (request.roles() == null || request.roles().isEmpty() || !ROLES.containsAll(request.roles())) {
      throw invalid("roles", "must name at least one of " + ROLES.stream().sorted().toList());
    }
    return tokenResponse(issuer.issue(request.username(), request.roles()));
  }

  @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  @Operation(summary = "The client-credentials grant for Baton's services (local mode only)")
  Mono<Map<String, Object>> token(ServerWebExchange exchange) {
    String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    return exchange.getFormData().map(form -> grant(form, ClientCredentials.of(authorization, form)));
  }

  private Map<String, Object> grant(MultiValueMap<String, String> form, ClientCredentials credentials) {
    DevIssuer client = new DevIssuer(properties.devIssuer());
    if (!"client_credentials".equals(form.getFirst("grant_type"))) {
      throw invalid("grant_type", "must be client_credentials");
    }
    if (!client.accepts(credentials.clientId(), credentials.clientSecret())) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Unknown client or wrong secret");
      throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }
    return tokenResponse(issuer.issue(credentials.clientId(), List.of("system")));
  }

  @GetMapping(path = "/auth/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The public keys of the development issuer")
  Map<String, Object> keys() {
    return issuer.publicKeys();
  }

  private static Map<String, Object> tokenResponse(DevTokenIssuer.Token token) {
    return Map.of("access_token", token.accessToken(), "token_type", "Bearer", "expires_in", token.expiresIn());
  }

  private static ErrorResponseException invalid(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + message);
    problem.setTitle("Invalid input");
    problem.setInstance(URI.create("/auth"));
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /** A sign-in request: who, and with which roles. */
  record DevTokenRequest(String username, List<String> roles) {}

  /**
   * A client's id and secret, from HTTP Basic ({@code client_secret_basic}, form-urlencoded as
   * RFC 6749 says) or from the form ({@code client_secret_post}).
   */
  private record ClientCredentials(String clientId, String clientSecret) {
    static ClientCredentials of(String authorization, MultiValueMap<String, String> form) {
      if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
        if (pair.length == 2) {
          return new ClientCredentials(
              URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
        }
      }
      return new ClientCredentials(form.getFirst("client_id"), form.getFirst("client_secret"));
    }
  }

  /** The services' client of the development issuer. */
  private record DevIssuer(GatewaySecurityProperties.DevIssuer settings) {
    boolean accepts(String clientId, String clientSecret) {
      return settings.clientSecret() != null
          && !settings.clientSecret().isBlank()
          && settings.clientId().equals(clientId)
          && settings.clientSecret().equals(clientSecret);
    }
  }
}
