package io.baton.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens for tests, signed by a key made for the test run: the services under test trust its public
 * key ({@link TestSecurityInitializer}); tokens with another key, issuer or audience, or expired,
 * are there to be refused.
 */
public final class TestTokens {

  public static final String ISSUER = "https://issuer.test.baton";
  public static final String AUDIENCE = "baton";

  private static final KeyPair KEYS = newKeyPair();
  private static final Path PUBLIC_KEY = writePublicKey(KEYS);

  private TestTokens() {}

  /** A valid token of {@code username} with {@code roles}, for an hour. */
  public static String of(String username, String... roles) {
    return sign(
        KEYS, claims(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), roles));
  }

  /**
   * A valid token of {@code username} in the Camunda {@code groups} (a {@code groups} claim, as the
   * console's task inbox reads it), with {@code roles}, for an hour.
   */
  public static String inGroups(String username, List<String> groups, String... roles) {
    JWTClaimsSet claims =
        claims(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), roles);
    return sign(
        KEYS, new JWTClaimsSet.Builder(claims).claim("groups", List.copyOf(groups)).build());
  }

  /** A token that expired a minute ago. */
  public static String expired(String username, String... roles) {
    return sign(
        KEYS,
        claims(username, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(1)), roles));
  }

  /** A token from an issuer the services do not trust. */
  public static String fromIssuer(String issuer, String username, String... roles) {
    return sign(
        KEYS, claims(username, issuer, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), roles));
  }

  /** A token for another audience. */
  public static String forAudience(String audience, String username, String... roles) {
    return sign(
        KEYS, claims(username, ISSUER, audience, Instant.now().plus(Duration.ofHours(1)), roles));
  }

  /** A well-formed token signed by a key nobody trusts. */
  public static String signedByAnotherKey(String username, String... roles) {
    return sign(
        newKeyPair(),
        claims(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), roles));
  }

  /** An unsigned token ({@code alg: none}) claiming the given roles. */
  public static String unsigned(String username, String... roles) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    String payload =
        base64.encodeToString(
            claims(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), roles)
                .toString()
                .getBytes());
    return header + "." + payload + ".";
  }

  /** A valid token whose payload was changed after it was signed. */
  public static String tampered(String username, String... roles) {
    String[] parts = of(username, roles).split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims(username, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1)), "admin")
                    .toString()
                    .getBytes());
    return parts[0] + "." + forged + "." + parts[2];
  }

  /** Where the public key the services under test trust is (PEM). */
  public static Path publicKeyPem() {
    return PUBLIC_KEY;
  }

  private static JWTClaimsSet claims(
      String username, String issuer, String audience, Instant expiry, String... roles) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(username)
        .claim("preferred_username", username)
        .claim("roles", List.of(roles))
        .issueTime(Date.from(expiry.minus(Duration.ofHours(1))))
        .expirationTime(Date.from(expiry))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  private static String sign(KeyPair keys, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path writePublicKey(KeyPair keys) {
    try {
      Path pem = Files.createTempFile("baton-test-key", ".pem");
      pem.toFile().deleteOnExit();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
      Files.writeString(
          pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
      return pem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
