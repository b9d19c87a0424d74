package io.baton.gateway.security;

import io.baton.gateway.network.NameResolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.actuate.autoconfigure.security.reactive.EndpointRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway is an OAuth2 resource server: every API request needs a valid token (RS256, issuer,
 * audience, not expired), checked before it is routed and again by the service behind. Open without
 * a token: the probes ({@code /livez}, {@code /readyz}), the console's static files and the API
 * docs on the main port, and health, info and Prometheus on the management port ({@code
 * management.server.port}), which no route and no ingress rule leads to. The management port serves
 * nothing else: its web handler also sees the main context's handlers (routes, the console, the
 * fallbacks; spring-boot#14012), so the rules refuse any other request that comes in there. A
 * missing or bad token is 401, a forbidden request 403, too many requests 429 and a too large body
 * 413, all problem+json. The CRM intake ({@link #SIGNED_INTAKE}) takes {@code POST} without a
 * token: the service behind checks each request's signature, its authentication, and answers 401
 * itself.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
class GatewaySecurityConfiguration {

  private static final String[] OPEN =
      Stream.of(
              "/console",
              "/console/**",
              "/v3/api-docs/**",
              "/swagger-ui/**",
              "/swagger-ui.html",
              "/webjars/**",
              "/fallback/**")
          .toArray(String[]::new);

  /**
   * The CRM intake endpoints: a CRM's webhook carries no token but a signature (HubSpot's v3, or
   * Baton's webhook signature), which lead-service and handoff-service check before anything else.
   * Only {@code POST} to exactly these paths passes without a token.
   */
  static final String[] SIGNED_INTAKE = {
    "/api/leads/intake/hubspot",
    "/api/leads/intake/webhook",
    "/api/handoffs/intake/hubspot",
    "/api/handoffs/intake/webhook"
  };

  /** Requests that came in on the management server (its own port), whatever their path. */
  private static final ServerWebExchangeMatcher ON_THE_MANAGEMENT_PORT =
      exchange ->
          WebServerApplicationContext.hasServerNamespace(
                  exchange.getApplicationContext(), "management")
              ? MatchResult.match()
              : MatchResult.notMatch();

  /**
   * Checks tokens with the provider's keys, found through the issuer's discovery document at the
   * first request (as for any OIDC provider), unless {@code jwk-set-uri} or a static public key is
   * given. The same token rules as every service: issuer, audience, not expired.
   */
  @Bean
  ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties) {
    NimbusReactiveJwtDecoder decoder;
    if (properties.publicKeyLocation() != null) {
      try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
        decoder =
            NimbusReactiveJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(pem))
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read baton.security.public-key-location", e);
      }
    } else if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
      decoder =
          NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .webClient(issuerClient())
              .build();
    } else {
      decoder =
          NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuer())
              .jwsAlgorithm(SignatureAlgorithm.RS256)
              .webClient(issuerClient())
              .build();
    }
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(properties.issuer()),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(properties.audience()))));
    return decoder;
  }

  /**
   * Calls to the identity provider resolve its host name as every other call of the gateway does.
   */
  private static WebClient issuerClient() {
    return WebClient.builder()
        .clientConnector(new ReactorClientHttpConnector(NameResolution.jvm(HttpClient.create())))
        .build();
  }

  @Bean
  SecurityWebFilterChain gatewaySecurity(
      ServerHttpSecurity http, GatewaySecurityProperties properties, ReactiveJwtDecoder decoder) {
    JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
    authentication.setPrincipalClaimName(properties.usernameClaim());
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName(properties.rolesClaim());
    roles.setAuthorityPrefix("ROLE_");
    authentication.setJwtGrantedAuthoritiesConverter(roles);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .cors(cors -> {})
        .authorizeExchange(
            exchanges ->
                exchanges
                    .matchers(
                        EndpointRequest.to(
                            HealthEndpoint.class,
                            InfoEndpoint.class,
                            PrometheusScrapeEndpoint.class))
                    .permitAll()
                    .matchers(ON_THE_MANAGEMENT_PORT)
                    .denyAll()
                    .matchers(
                        EndpointRequest.toAdditionalPaths(
                            WebServerNamespace.SERVER, HealthEndpoint.class))
                    .permitAll()
                    .pathMatchers(HttpMethod.OPTIONS, "/**")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, SIGNED_INTAKE)
                    .permitAll()
                    .pathMatchers(OPEN)
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(
                        jwt ->
                            jwt.jwtDecoder(IdentityProviderOutage.reported(decoder))
                                .jwtAuthenticationConverter(
                                    new ReactiveJwtAuthenticationConverterAdapter(authentication)))
                    .authenticationEntryPoint(
                        (exchange, e) -> unauthorized(exchange, e.getMessage()))
                    .authenticationFailureHandler(
                        IdentityProviderOutage.failureHandler(
                            (exchange, e) -> unauthorized(exchange.getExchange(), e.getMessage())))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            ProblemResponses.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "Your roles do not allow this request")))
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(
                    (exchange, e) -> unauthorized(exchange, e.getMessage())))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  WebFilter callerLimits(GatewaySecurityProperties properties, Clock clock) {
    return new CallerLimits(properties, clock);
  }

  @Bean
  WebFilter requestSizeLimit(GatewaySecurityProperties properties) {
    return new RequestSizeLimit(properties);
  }

  private static Mono<Void> unauthorized(ServerWebExchange exchange, String reason) {
    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
    return ProblemResponses.write(
        exchange,
        HttpStatus.UNAUTHORIZED,
        "Unauthorized",
        "A valid bearer token is required: " + reason);
  }
}
