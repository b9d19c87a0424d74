package io.baton.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * {@code baton.security.*} at the gateway: which tokens it accepts (as every service does) and the
 * limits it enforces per caller.
 *
 * @param issuer the expected {@code iss}
 * @param audience the expected {@code aud}
 * @param jwkSetUri where the issuer publishes its signing keys, when not from its discovery
 *     document
 * @param publicKeyLocation a PEM public key instead of a key set (tests)
 * @param rolesClaim the claim that lists the caller's roles
 * @param usernameClaim the claim that names the caller
 * @param rateLimit requests each caller may make
 * @param maxRequestSize larger request bodies are refused with 413
 */
@ConfigurationProperties("baton.security")
public record GatewaySecurityProperties(
    @DefaultValue("http://localhost:8089") String issuer,
    @DefaultValue("baton") String audience,
    String jwkSetUri,
    Resource publicKeyLocation,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue("1MB") DataSize maxRequestSize) {

  /**
   * A token bucket per caller (token subject, or client address without a token).
   *
   * @param requestsPerSecond how fast the bucket refills
   * @param burst how many requests it holds
   */
  public record RateLimit(
      @DefaultValue("50") int requestsPerSecond,
      @DefaultValue("100") int burst,
      List<String> exemptPaths) {

    public RateLimit {
      exemptPaths =
          exemptPaths == null
              ? List.of("/actuator/**", "/livez", "/readyz")
              : List.copyOf(exemptPaths);
    }
  }
}
