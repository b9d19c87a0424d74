package io.baton.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The APIs' authentication (gRPC: {@link GrpcAuthentication}); the REST API's: with {@code
 * baton.engine.security.issuer}, every {@code /v2/} call needs a valid bearer token (401
 * problem+json otherwise), checked like the services check theirs (issuer, audience, RS256 keys
 * from the issuer's discovery document, not expired). The probes stay open, and so does {@code GET
 * /v2/status} as in Camunda. Without an issuer the API is open, and says so in the log.
 */
@Configuration(proxyBeanMethods = false)
class EngineSecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSecurityConfiguration.class);

  @Bean
  SecurityFilterChain engineSecurity(
      final HttpSecurity http,
      final EngineSecurityProperties properties,
      final JwtDecoder engineTokens,
      final ObjectMapper json)
      throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    if (!properties.enabled()) {
      LOG.warn(
          "The engine's REST API is open to every caller: set baton.engine.security.issuer to require tokens");
      return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health/**", "/actuator/info", "/v2/status")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.decoder(engineTokens))
                    .authenticationEntryPoint(
                        (request, response, failure) -> {
                          response.setStatus(HttpStatus.UNAUTHORIZED.value());
                          response.setHeader("WWW-Authenticate", "Bearer");
                          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                          final ProblemDetail problem =
                              ProblemDetail.forStatusAndDetail(
                                  HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
                          problem.setTitle("UNAUTHORIZED");
                          problem.setInstance(URI.create(request.getRequestURI()));
                          json.writeValue(response.getOutputStream(), problem);
                        }))
        .build();
  }

  /**
   * The REST and gRPC APIs' token check; it reads the issuer's keys on first use, so the engine
   * starts before the identity provider.
   */
  @Bean
  JwtDecoder engineTokens(final EngineSecurityProperties properties) {
    return new SupplierJwtDecoder(
        () -> {
          final NimbusJwtDecoder decoder =
              properties.publicKeyLocation() != null
                  ? NimbusJwtDecoder.withPublicKey(publicKey(properties))
                      .signatureAlgorithm(SignatureAlgorithm.RS256)
                      .build()
                  : NimbusJwtDecoder.withIssuerLocation(properties.issuer())
                      .jwsAlgorithm(SignatureAlgorithm.RS256)
                      .build();
          decoder.setJwtValidator(
              new DelegatingOAuth2TokenValidator<>(
                  JwtValidators.createDefaultWithIssuer(properties.issuer()),
                  new JwtClaimValidator<List<String>>(
                      JwtClaimNames.AUD,
                      audience -> audience != null && audience.contains(properties.audience()))));
          return decoder;
        });
  }

  private static RSAPublicKey publicKey(final EngineSecurityProperties properties) {
    try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
      return RsaKeyConverters.x509().convert(pem);
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot read baton.engine.security.public-key-location", e);
    }
  }
}
