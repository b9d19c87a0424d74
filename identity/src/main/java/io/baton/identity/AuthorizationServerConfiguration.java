package io.baton.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Authorization Server as Baton's local OIDC provider. The clients (the services'
 * client-credentials client and the console's public PKCE client), the issuer and the token
 * lifetimes are Spring Boot's {@code spring.security.oauth2.authorizationserver.*} settings in
 * {@code application.yml}; the signing key is made at start. This class adds the sign-in form, the
 * console's origin and Baton's claims.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

  /**
   * Discovery, authorization, token, key set and user info: a browser without a session signs in
   * first.
   */
  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    return http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        .cors(Customizer.withDefaults())
        .build();
  }

  /** Spring Security's sign-in form, and the health probes open. */
  @Bean
  @Order(2)
  SecurityFilterChain signIn(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(Customizer.withDefaults())
        .cors(Customizer.withDefaults())
        .build();
  }

  /** The console calls discovery, the key set and the token endpoint from the browser. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(IdentityProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.allowedOrigins());
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }

  @Bean
  LocalUsers localUsers(IdentityProperties properties) {
    return new LocalUsers(
        properties.usersFile(),
        properties.passwordFile(),
        PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  /**
   * Baton's claims, as the chart configures them for Keycloak: access tokens for the {@code
   * audience}; a user's name, roles and groups from the users file; a client acting for itself
   * (client credentials) has the system role.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> batonClaims(
      IdentityProperties properties, LocalUsers users) {
    return context -> {
      var claims = context.getClaims();
      if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        claims.claim(properties.usernameClaim(), context.getRegisteredClient().getClientId());
        claims.claim(properties.rolesClaim(), List.of(IdentityProperties.SYSTEM_ROLE));
      } else {
        users
            .find(context.getPrincipal().getName())
            .ifPresent(
                user -> {
                  claims.claim(properties.usernameClaim(), user.username());
                  claims.claim(properties.rolesClaim(), user.roles());
                  claims.claim(properties.groupsClaim(), user.groups());
                  claims.claim("name", user.name());
                  if (user.email() != null) {
                    claims.claim("email", user.email());
                  }
                });
      }
      if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        claims.audience(List.of(properties.audience()));
      }
    };
  }
}
