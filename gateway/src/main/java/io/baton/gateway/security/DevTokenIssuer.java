package io.baton.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The local mode's token issuer: a key made at start signs RS256 tokens with Baton's claims, and
 * its public half is published as a JWK set for the services. Tokens do not outlive a restart.
 */
public final class DevTokenIssuer {

  private static final Logger log = LoggerFactory.getLogger(DevTokenIssuer.class);

  private final RSAKey key;
  private final NimbusJwtEncoder encoder;
  private final GatewaySecurityProperties properties;
  private final Clock clock;

  public DevTokenIssuer(GatewaySecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    try {
      this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot make the development signing key", e);
    }
  }

  /**
   * Refuses to run anywhere but on a developer's machine: the issuer signs tokens for anyone, so
   * the gateway must listen on a loopback address only ({@code server.address}, as the local suite
   * starts it) or run in the {@code local} profile. Logs a loud warning when it does run.
   */
  static void requireLocal(Environment environment) {
    String address = environment.getProperty("server.address");
    if (!environment.acceptsProfiles(Profiles.of("local")) && !isLoopback(address)) {
      throw new IllegalStateException(
          "baton.security.dev-issuer.enabled signs tokens for anyone and runs only on a loopback address"
              + " (server.address=127.0.0.1) or in the local profile, not on "
              + (address == null ? "every address" : address)
              + ". Turn it off and point baton.security.* at your identity provider (README, Security).");
    }
    log.warn(
        "THE DEVELOPMENT TOKEN ISSUER IS ON: it signs tokens for any user and role. It is for the local"
            + " suite only; never enable baton.security.dev-issuer.enabled anywhere else.");
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** A token of {@code username} with {@code roles}. */
  public Token issue(String username, Collection<String> roles) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.devIssuer().tokenLifetime());
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .audience(List.of(properties.audience()))
            .subject(username)
            .claim(properties.usernameClaim(), username)
            .claim(properties.rolesClaim(), List.copyOf(roles))
            .issuedAt(now)
            .expiresAt(expiresAt)
            .id(UUID.randomUUID().toString())
            .build();
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
    String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    return new Token(value, properties.devIssuer().tokenLifetime().toSeconds());
  }

  /** The public key set services verify tokens with. */
  public Map<String, Object> publicKeys() {
    return new JWKSet(key.toPublicJWK()).toJSONObject();
  }

  RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An access token as the token endpoint answers it. */
  public record Token(String accessToken, long expiresIn) {}
}
