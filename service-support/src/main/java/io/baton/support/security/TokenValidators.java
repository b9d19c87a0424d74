package io.baton.support.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What a valid Baton token is beyond its RS256 signature: not expired (nor used before it is
 * valid), from the expected issuer, for the expected audience. Shared by the gateway and the
 * services.
 */
public final class TokenValidators {

  private TokenValidators() {}

  public static OAuth2TokenValidator<Jwt> of(String issuer, String audience) {
    return new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(issuer),
        new JwtClaimValidator<List<String>>(
            JwtClaimNames.AUD, audiences -> audiences != null && audiences.contains(audience)));
  }
}
