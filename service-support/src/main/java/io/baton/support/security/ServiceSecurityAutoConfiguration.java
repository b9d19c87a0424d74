package io.baton.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.intake.IntakeProperties;
import io.baton.support.intake.SignedEndpoint;
import io.baton.support.intake.SignedIntakeFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): a request
 * without a valid token is refused with 401, whatever path it came by, and the service's {@link
 * AuthorizationRules} decide what each role may do (403). Open without a token: the probes on the
 * main port ({@code /livez}, {@code /readyz}), and health, info and Prometheus on the management
 * port ({@code management.server.port}), which neither the gateway nor the chart's ingress routes;
 * health shows its details only to the roles of {@code management.endpoint.health.roles}. A
 * service's {@link SignedEndpoint}s take {@code POST} requests without a token, each only with a
 * valid signature ({@link SignedIntakeFilter}).
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, IntakeProperties.class})
public class ServiceSecurityAutoConfiguration {

  /**
   * Checks tokens with the provider's keys, found as a client of any OIDC provider finds them:
   * through the issuer's discovery document, at the first request (so a service starts while its
   * provider is still starting), unless {@code jwk-set-uri} or a static public key is given.
   */
  @Bean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    return new SupplierJwtDecoder(
        () -> {
          NimbusJwtDecoder decoder;
          if (properties.publicKeyLocation() != null) {
            decoder =
                NimbusJwtDecoder.withPublicKey(publicKey(properties))
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
          } else if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            decoder =
                NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
          } else {
            decoder =
                NimbusJwtDecoder.withIssuerLocation(properties.issuer())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
          }
          decoder.setJwtValidator(TokenValidators.of(properties.issuer(), properties.audience()));
          return decoder;
        });
  }

  @Bean
  SecurityFilterChain batonSecurity(
      HttpSecurity http,
      SecurityProperties properties,
      JwtDecoder jwtDecoder,
      ObjectProvider<AuthorizationRules> rules,
      ObjectProvider<SignedEndpoint> signedEndpoints,
      IntakeProperties intake,
      Clock clock,
      ObjectMapper objectMapper)
      throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(objectMapper);
    SignedIntakeFilter signedIntake =
        new SignedIntakeFilter(
            signedEndpoints.orderedStream().toList(), intake, clock, objectMapper);
    JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName(properties.rolesClaim());
    roles.setAuthorityPrefix(Caller.ROLE_PREFIX);
    authentication.setJwtGrantedAuthoritiesConverter(roles);
    authentication.setPrincipalClaimName(properties.usernameClaim());
    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests -> {
              signedIntake
                  .matchers()
                  .forEach(signed -> requests.requestMatchers(signed).permitAll());
              requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
              requests
                  .requestMatchers(
                      EndpointRequest.toAdditionalPaths(
                          WebServerNamespace.SERVER, HealthEndpoint.class))
                  .permitAll();
              requests
                  .requestMatchers(
                      EndpointRequest.to(
                          HealthEndpoint.class, InfoEndpoint.class, PrometheusScrapeEndpoint.class))
                  .permitAll();
              rules.orderedStream().forEach(rule -> rule.apply(requests));
              requests.anyRequest().authenticated();
            })
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterBefore(signedIntake, BearerTokenAuthenticationFilter.class)
        .build();
  }

  private static RSAPublicKey publicKey(SecurityProperties properties) {
    try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
      return RsaKeyConverters.x509().convert(pem);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read baton.security.public-key-location", e);
    }
  }
}
